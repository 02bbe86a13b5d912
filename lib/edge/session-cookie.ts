// Auth.js's session cookie by name, and deleting cookies. Only Auth.js writes the session cookie
// (sign-in, the Node side's periodic check, sign-out); the edge never re-sends it, so a response
// generated before a sign-out and received after it cannot put the session back
// (nextauthjs/next-auth#12909: Auth.js's middleware answers with both a blank and a live cookie).
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/** Auth.js's session cookie, under its https name or split into chunks (.0, .1…) when large. */
export const isSessionCookieName = (name: string) => SESSION_COOKIE.test(name);

/** Set-Cookie values that delete these cookies (a __Secure- cookie can only be set, or deleted, as Secure). */
export const clearingCookies = (names: readonly string[]) =>
  names.map((name) => `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
