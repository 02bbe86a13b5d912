// Auth.js's middleware re-sends the JWT session cookie with every response it handles. A response
// generated before a sign-out but received after it (a slow prefetch, say) would then put the
// session back in the browser (nextauthjs/next-auth#12909: sign-out answered with both a blank and
// a live session cookie). So the edge keeps only cookies that end a session; rolling the
// session forward is left to the Node side (app/_components/session-refresh.tsx).
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?=([^;]*)/;

/** Auth.js's session cookie, under its https name or split into chunks (.0, .1…) when large. */
export const isSessionCookieName = (name: string) => SESSION_COOKIE.test(`${name}=`);

const rollsSession = (setCookie: string) => {
  const match = SESSION_COOKIE.exec(setCookie);
  return Boolean(match?.[1]) && !/;\s*Max-Age=0/i.test(setCookie);
};

export function withoutRolledSessionCookie(response: Response): Response {
  const cookies = response.headers.getSetCookie();
  if (!cookies.some(rollsSession)) return response;
  const headers = new Headers(response.headers);
  headers.delete("set-cookie");
  for (const cookie of cookies.filter((c) => !rollsSession(c))) headers.append("set-cookie", cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
