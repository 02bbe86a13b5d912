// Reads the session cookie, and makes sure Auth.js would read the same session and nothing else.
//
// Auth.js's cookie store (SessionStore in @auth/core/lib/utils/cookie.js) joins the value of EVERY
// cookie whose name starts with the session cookie's name, whatever follows (`.0`, `X`, `s`…),
// ordered by parseInt of the name's last "."-separated part. So a cookie planted beside the session
// (a sibling subdomain can) or a signed-out session's cookie sent under another name is read by
// Auth.js (its OAuth callback links an account to that token's user) while an exact-name reader
// sees nothing. Here the app reads only the exact name, or the chunks Auth.js writes (`.0`, `.1`…
// in a row), and decrypts with Auth.js's own `decode` (next-auth/jwt). Every other cookie that could
// be read as part of the session is set aside (`junk`): the callers pass the request on without it.
// Then Auth.js's own reading of what is passed on (`getToken`, which is its SessionStore over its
// cookie parser) must be exactly the token the app verified, or no token when the app found none;
// otherwise the request is refused rather than guessed at.
import { decode, getToken, type JWT } from "next-auth/jwt";
import { cookieHeaderWithout, parseCookieHeader, type RequestCookie } from "./cookie-header";
import { SESSION_COOKIE } from "./session-cookie";
import { recallVerified, rememberVerified } from "./verified-tokens";

export type SessionCookieRead = {
  /** The session's claims, or null when no session cookie holds a valid token. */
  token: JWT | null;
  /**
   * Cookies Auth.js's cookie store could read as (part of) the session, other than the one(s) that
   * hold `token`: under another suffix, duplicated, expired, tampered, another site's. To be left
   * out of the request, and cleared in the browser where they can be.
   */
  junk: RequestCookie[];
  /** The cookies of the request, in the browser's order. */
  cookies: RequestCookie[];
  /** Set when Auth.js would read the request other than the app did: the request must be refused. */
  unreadable?: true;
};

/**
 * Whether Auth.js might read this cookie as part of a session: any name containing the session
 * cookie's, so every prefix and suffix of both the plain and the `__Secure-` name. Wider than its
 * rule (which takes names starting with the one in use) on purpose: nothing it reads is missed.
 */
const mayBeSessionCookie = ({ name }: RequestCookie) => name.includes(SESSION_COOKIE);

/** The token, decrypted once per process and then recalled from the memo (verified-tokens.ts). */
async function verified(text: string, secrets: readonly string[], name: string): Promise<JWT | null> {
  const recalled = recallVerified(text, secrets, name);
  if (recalled) return recalled;
  try {
    const token = await decode({ token: text, secret: [...secrets], salt: name });
    if (!token) return null;
    rememberVerified(text, secrets, name, token);
    return token;
  } catch {
    // Tampered, expired, another secret, another cookie name, garbage: no session.
    return null;
  }
}

/** The ways Auth.js writes the session: the exact name, each cookie of it alone, then its chunks `.0`… in a row. */
function candidatesOf(cookies: readonly RequestCookie[], name: string): RequestCookie[][] {
  const withValue = cookies.filter((cookie) => cookie.value);
  const whole = withValue.filter((cookie) => cookie.name === name).map((cookie) => [cookie]);
  const chunks: RequestCookie[] = [];
  for (;;) {
    const same = withValue.filter((cookie) => cookie.name === `${name}.${chunks.length}`);
    // A repeated chunk name (one planted for a parent domain) leaves no way to tell which is ours.
    if (same.length !== 1 || !same[0]) break;
    chunks.push(same[0]);
  }
  return chunks.length ? [...whole, chunks] : whole;
}

/** What Auth.js's cookie store makes of this Cookie header, with this session cookie name. */
async function authJsReading(cookieHeader: string, name: string): Promise<string | null> {
  // `raw`: the joined text, before any decryption; only the Cookie header, so no Bearer fallback.
  return getToken({ req: { headers: { cookie: cookieHeader } }, cookieName: name, raw: true });
}

/**
 * The request's session token, read with the site's secrets (newest first, as Auth.js takes them)
 * under `name`, the cookie name Auth.js uses for this request (session-cookie.ts); the first
 * candidate that decrypts wins.
 */
export async function readSessionCookie(headers: Headers, secrets: readonly string[], name: string): Promise<SessionCookieRead> {
  const original = headers.get("cookie") ?? "";
  const cookies = parseCookieHeader(original);
  let token: JWT | null = null;
  let kept: RequestCookie[] = [];
  for (const candidate of candidatesOf(cookies, name)) {
    token = await verified(candidate.map((cookie) => cookie.value).join(""), secrets, name);
    if (token) {
      kept = candidate;
      break;
    }
  }
  const junk = cookies.filter((cookie) => mayBeSessionCookie(cookie) && !kept.includes(cookie));
  const header = junk.length ? cookieHeaderWithout(cookies, junk) : undefined;
  const read: SessionCookieRead = { token, junk, cookies };
  const expected = kept.length ? kept.map((cookie) => cookie.value).join("") : null;
  if ((await authJsReading(header ?? original, name)) !== expected) read.unreadable = true;
  return read;
}

/** The junk cookies' names that can be deleted without deleting one in use (a duplicate shares its name). */
export function clearableJunk(read: SessionCookieRead): string[] {
  const inUse = new Set(read.cookies.filter((cookie) => !read.junk.includes(cookie) && cookie.name.includes(SESSION_COOKIE)).map((cookie) => cookie.name));
  return [...new Set(read.junk.map((cookie) => cookie.name))].filter((name) => !inUse.has(name));
}
