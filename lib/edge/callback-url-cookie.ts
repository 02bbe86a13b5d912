// Auth.js remembers where to go after sign-in in a cookie (authjs.callback-url, or
// __Secure-authjs.callback-url over https) and checks it on every call, the session reads of the
// middleware and of every page included: a value that is neither a path nor an http(s) URL makes
// it answer 500 (assertConfig's InvalidCallbackUrl), so the visitor looks signed out. A sibling
// subdomain can plant such a cookie. Here such cookies are taken out of the request before Auth.js
// reads it, and cleared in the browser where they can be (a cookie planted for a parent domain
// cannot be named from here: it stays, and stays ignored).

const CALLBACK_URL_COOKIE = /^(?:__Secure-)?authjs\.callback-url$/;

export const isCallbackUrlCookieName = (name: string) => CALLBACK_URL_COOKIE.test(name);

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

/** Auth.js's own test of a callback URL (isValidHttpUrl): a path, or a URL with an http(s) scheme. */
export function authJsAcceptsCallbackUrl(value: string): boolean {
  try {
    const url = value.startsWith("/") ? new URL(value, "http://placeholder.invalid") : new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * The cookie header without the callback-URL cookies `keep` refuses, and the names of those
 * refused. Every other cookie is passed on byte for byte.
 */
export function withoutCallbackUrlCookies(header: string, keep: (value: string) => boolean): { header: string; refused: string[] } {
  const cookies = parseCookieHeader(header);
  const refused = cookies.filter(({ name, value }) => isCallbackUrlCookieName(name) && !keep(value));
  if (refused.length === 0) return { header, refused: [] };
  const kept = cookies.filter((cookie) => !refused.includes(cookie));
  return { header: kept.map(({ raw }) => raw).join("; "), refused: [...new Set(refused.map(({ name }) => name))] };
}
