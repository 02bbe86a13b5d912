/**
 * The reader's first language from an Accept-Language header, as a locale Intl can format in;
 * "en" when the header is absent or names nothing Intl knows. Quality values are not weighed:
 * browsers list languages in the reader's order.
 */
export function preferredLocale(acceptLanguage: string | null | undefined): string {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim();
    if (!tag || tag === "*") continue;
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf([tag]);
      if (supported) return supported;
    } catch {
      // Not a well-formed language tag: try the next one.
    }
  }
  return "en";
}
