// Auth.js's session cookie by name, and deleting cookies. Only Auth.js writes the session cookie
// (sign-in, the Node side's periodic check, sign-out); the edge never re-sends it, so a response
// generated before a sign-out and received after it cannot put the session back
// (nextauthjs/next-auth#12909: Auth.js's middleware answers with both a blank and a live cookie).
import { siteUrl } from "../env/settings";
import type { Env } from "./env";

/** The name in @auth/core's defaultCookies (lib/utils/cookie.js); `__Secure-` prefixed on https. */
export const SESSION_COOKIE = "authjs.session-token";

const SESSION_COOKIE_NAME = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/** Auth.js's session cookie, under its https name or split into chunks (.0, .1…) when large. */
export const isSessionCookieName = (name: string) => SESSION_COOKIE_NAME.test(name);

const nameFor = (protocol: string) => (protocol === "https:" ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE);

/**
 * The session cookie's name when Auth.js is called from a page, a server action or a route handler
 * (`auth()`, `signIn()`, `signOut()`): @auth/core's createActionURL takes AUTH_URL, else the
 * request's forwarded protocol (https when unknown), and its init picks `__Secure-` for https.
 */
export function sessionCookieName(headers: Headers, env?: Env): string {
  return nameFor(siteUrl(env)?.protocol ?? `${(headers.get("x-forwarded-proto") ?? "https").replace(/:$/, "")}:`);
}

/**
 * The session cookie's name in Auth.js's own routes (/api/auth/*): next-auth's reqWithEnvURL puts
 * AUTH_URL's origin on the request (next-auth/lib/env.js), else the request's URL stays, and
 * @auth/core's init picks `__Secure-` when that URL is https.
 */
export function authRouteSessionCookieName(requestUrl: URL, env?: Env): string {
  return nameFor(siteUrl(env)?.protocol ?? requestUrl.protocol);
}

// A name a Set-Cookie header can carry (RFC 6265's token, the test of Auth.js's own serializer).
const COOKIE_NAME_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * Set-Cookie values that delete these cookies: on the whole site, Secure where the name's prefix
 * demands it (a `__Secure-` or `__Host-` cookie can only be set, or deleted, as Secure). A name no
 * Set-Cookie can carry is left out: the browser could not be told, the request is cleaned anyway.
 */
export const clearingCookies = (names: readonly string[]) =>
  names
    .filter((name) => COOKIE_NAME_TOKEN.test(name))
    .map((name) => `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${/^__(?:Secure|Host)-/.test(name) ? "; Secure" : ""}`);

/**
 * The response with these clearing cookies added, except those naming a cookie the response sets
 * itself (Auth.js signing someone in writes the session cookie a planted one shared a name with).
 */
export function withClearing(response: Response, clearing: readonly string[]): Response {
  const set = new Set(response.headers.getSetCookie().map((cookie) => cookie.slice(0, cookie.indexOf("="))));
  const added = clearing.filter((cookie) => !set.has(cookie.slice(0, cookie.indexOf("="))));
  if (!added.length) return response;
  const headers = new Headers(response.headers);
  for (const cookie of added) headers.append("set-cookie", cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
