// The session object pages, route handlers and the edge's `authorized` rules read, made from the JWT:
// Auth.js's own fields (name, email, picture) and this app's (types/next-auth.d.ts). One function,
// used by auth.config.ts's `session` callback (what Auth.js returns) and by the readers that skip
// Auth.js (the middleware, lib/auth/session.ts), so both see the same shape.
import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";

/** `expires`: what Auth.js reports (its own), or by default when the token itself expires. */
export function sessionFromToken(token: JWT, expires = new Date((token.exp ?? 0) * 1000).toISOString()): Session {
  return {
    user: { id: token.sub ?? "", name: token.name, email: token.email, image: token.picture, role: token.role ?? "user" },
    expires,
    sessionId: token.sid,
    recheckAt: token.recheckAt,
    signIn: { method: token.method, at: token.startedAt },
    ...(token.twoFactorPending ? { twoFactorPending: true } : {}),
  };
}
