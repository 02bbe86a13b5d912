// What auth.config.ts and auth.ts put in the JWT and the session.
import type { DefaultSession } from "next-auth";
import type { Role } from "../lib/edge/route-rules";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
    /** The JWT's `sid`: the session token of this session's row (device), marked "this device" on /account. */
    sessionId?: string;
    /** The JWT's `recheckAt`, for the edge's decision (lib/edge/session-check.ts). */
    recheckAt?: number;
    /** The JWT's `twoFactorPending`: signed in with a first factor only (lib/two-factor/pending.ts). */
    twoFactorPending?: true;
    /** The JWT's `method` and `startedAt`: how and when this session signed in (the dashboard shows them). */
    signIn?: { method?: string; at?: number };
  }
  interface User {
    role?: Role;
  }
}

// The claims this app adds to Auth.js's (sub, name, email, picture, iat, exp, jti). Written by the
// Node `jwt` callback in auth.ts; the edge only reads them.
declare module "@auth/core/jwt" {
  interface JWT {
    /** users.role, as of the last check. */
    role?: Role;
    /** sessions.session_token of this sign-in; the row's deletion ends the session at its next check. */
    sid?: string;
    /** Auth.js's provider id of the sign-in ("nodemailer", "passkey", "github"…), as sessions.sign_in_method keeps it. */
    method?: string;
    /** Unix seconds of the sign-in (sessions.created_at): the session ends SESSION_MAX_DAYS after it. */
    startedAt?: number;
    /**
     * Unix seconds of the last check that reached the row. When a check cannot run (the database
     * does not answer, or its pool is busy), the session lives on unchecked one interval past this at most.
     */
    checkedAt?: number;
    /**
     * Unix seconds when the session must next be checked against its row: now + SESSION_REFRESH_SECONDS
     * at each check, or sooner when the session reaches SESSION_MAX_DAYS. Past it, the edge sends
     * every request through the Node check first.
     */
    recheckAt?: number;
    /**
     * Present while the session has given its first factor only and its user has two-factor on
     * (lib/two-factor/pending.ts); the edge then lets it reach only the two-factor page.
     */
    twoFactorPending?: true;
  }
}
