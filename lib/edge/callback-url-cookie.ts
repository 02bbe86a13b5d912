// Auth.js remembers where to go after sign-in in a cookie (authjs.callback-url, or
// __Secure-authjs.callback-url over https) and checks it on every call, the session reads of the
// middleware and of every page included: a value that is neither a path nor an http(s) URL makes
// it answer 500 (assertConfig's InvalidCallbackUrl), so the visitor looks signed out. A sibling
// subdomain can plant such a cookie. Such cookies are taken out of the request before Auth.js reads
// it, and cleared in the browser where they can be (misread-cookies.ts; a cookie planted for a parent
// domain cannot be named from here: it stays, and stays ignored).
import type { RequestCookie } from "./cookie-header";

const CALLBACK_URL_COOKIE = /^(?:__Secure-)?authjs\.callback-url$/;

export const isCallbackUrlCookieName = (name: string) => CALLBACK_URL_COOKIE.test(name);

// Auth.js also copies the cookie's value into a Location header as it is: a character no header
// can carry (a control character, DEL, U+2028, anything past Latin-1) made it answer 500 or its
// "Configuration" error, a sign-out among them, which then left the session cookie in place. A URL as
// browsers and URL serializers write it is visible ASCII only, so nothing else is accepted.
const URL_TEXT = /^[\x21-\x7e]*$/;

/**
 * Whether Auth.js can use `value` as a callback URL without failing: its own test (isValidHttpUrl:
 * a path, or a URL with an http(s) scheme), on text a Location header can carry.
 */
export function authJsAcceptsCallbackUrl(value: string): boolean {
  if (!URL_TEXT.test(value)) return false;
  try {
    const url = value.startsWith("/") ? new URL(value, "http://placeholder.invalid") : new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** The callback-URL cookies `keep` refuses. */
export const refusedCallbackUrlCookies = (cookies: readonly RequestCookie[], keep: (value: string) => boolean) =>
  cookies.filter(({ name, value }) => isCallbackUrlCookieName(name) && !keep(value));
