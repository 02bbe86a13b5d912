// The Cookie header as a list, duplicates kept in the order the browser sent them: a cookie planted
// for a parent domain (or another path) arrives beside the site's own one under the same name, and
// the Map-based parsers (Next's, Auth.js's) would silently keep only one of them.

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

export function parseCookieHeader(header: string): RequestCookie[] {
  return header
    .split(";")
    .map((raw) => raw.trim())
    .filter((raw) => raw.includes("="))
    .map((raw) => {
      const at = raw.indexOf("=");
      const value = raw.slice(at + 1).trim();
      return { name: raw.slice(0, at).trim(), value: decode(value.replace(/^"(.*)"$/, "$1")), raw };
    });
}

/** The header without these cookies; every other cookie passed on byte for byte. */
export const cookieHeaderWithout = (cookies: readonly RequestCookie[], drop: readonly RequestCookie[]) =>
  cookies
    .filter((cookie) => !drop.includes(cookie))
    .map(({ raw }) => raw)
    .join("; ");
