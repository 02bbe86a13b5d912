// The Cookie header as a list, duplicates kept in the order the browser sent them: a cookie planted
// for a parent domain (or another path) arrives beside the site's own one under the same name, and
// the Map-based parsers (Next's, Auth.js's) would silently keep only one of them. Each pair is cut
// and decoded the way Auth.js's parser does it (@auth/core/lib/vendored/cookie.js, `parse`): pairs
// split at ";", a pair without "=" skipped, name and value trimmed of spaces and tabs only, quotes
// kept, the value %-decoded when it decodes. Where this still differed, the session reader's check
// against Auth.js's own reading (session-token.ts) would refuse the request.

/** A cookie as the request carries it, its value decoded the way Auth.js's parser decodes it. */
export type RequestCookie = { name: string; value: string; raw: string };

const decode = (value: string) => {
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

const trimSpaceAndTab = (text: string) => text.replace(/^[ \t]+|[ \t]+$/g, "");

export function parseCookieHeader(header: string): RequestCookie[] {
  return header
    .split(";")
    .filter((raw) => raw.includes("="))
    .map((raw) => {
      const at = raw.indexOf("=");
      return { name: trimSpaceAndTab(raw.slice(0, at)), value: decode(trimSpaceAndTab(raw.slice(at + 1))), raw: trimSpaceAndTab(raw) };
    });
}

/** The header without these cookies; every other cookie passed on byte for byte. */
export const cookieHeaderWithout = (cookies: readonly RequestCookie[], drop: readonly RequestCookie[]) =>
  cookies
    .filter((cookie) => !drop.includes(cookie))
    .map(({ raw }) => raw)
    .join("; ");
