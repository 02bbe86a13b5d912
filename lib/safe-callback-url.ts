// Where to send the user after sign-in. The value comes from the query string, so anyone can craft
// it: only same-origin targets pass, or a sign-in link could forward people to a phishing site.

export const DEFAULT_CALLBACK_URL = "/dashboard";

// Stands in for the site when its origin is unknown, so that relative paths can still be checked.
const PLACEHOLDER_ORIGIN = "http://placeholder.invalid";

/**
 * `raw` made safe: a path (with search and hash) on one of `origins`, else DEFAULT_CALLBACK_URL.
 * Accepts "/path" and absolute URLs on an allowed origin; rejects "//host", "/\host", other schemes.
 */
export function safeCallbackUrl(raw: string | null | undefined, origins: readonly string[]): string {
  if (!raw) return DEFAULT_CALLBACK_URL;
  const relative = raw.startsWith("/");
  // Browsers read "//host" and "/\host" as another host.
  if (relative && (raw[1] === "/" || raw[1] === "\\")) return DEFAULT_CALLBACK_URL;
  const base = origins[0] ?? PLACEHOLDER_ORIGIN;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return DEFAULT_CALLBACK_URL;
  }
  // The URL parser drops tabs and newlines, so "/\t/evil.example" can still land elsewhere: compare
  // the parsed origin, not the text.
  const allowed = relative ? [base] : origins;
  if (!allowed.includes(url.origin)) return DEFAULT_CALLBACK_URL;
  return `${url.pathname}${url.search}${url.hash}`;
}
