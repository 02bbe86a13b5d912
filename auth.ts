// The full Auth.js instance for Node: the edge config plus the database adapter, the providers
// that need it, and the callbacks that read the database (the sign-in email limits, the session rows).
// Pages, route handlers and server actions import from here; the middleware never does.
import NextAuth from "next-auth";
import { authConfig } from "./auth.config";
import { authAdapter } from "./lib/auth/adapter";
import { logAuthError } from "./lib/auth/auth-log";
import { logWayInAdded } from "./lib/auth/log-way-in-added";
import { allowSignInEmail } from "./lib/auth/email-send-gate";
import { SESSION_IDLE_SECONDS } from "./lib/auth/session-settings";
import { checkedSessionToken, startSessionToken } from "./lib/auth/session-token";
import { revokeSession } from "./lib/auth/sign-out";
import { signInSetup } from "./lib/auth/sign-in-setup";
import { emailNotVouchedFor } from "./lib/auth/verified-email";
import { CLOCK_SKEW_SECONDS } from "./lib/edge/constants";
import { checkIsDue } from "./lib/edge/session-check";
import { readRequestSession } from "./lib/auth/session-token-node";
import { pendingFromRow } from "./lib/two-factor/pending";
import { prisma } from "./prisma";

// Providers and pages follow the switches in lib/auth/sign-in-methods.ts.
const setup = signInSetup();

const nextAuth = NextAuth({
  ...authConfig,
  // The cookie and the JWT expire once the session has gone unchecked (unused) this long; each
  // check re-issues both (the edge, which does not know the setting, never writes the cookie).
  session: { ...authConfig.session, maxAge: SESSION_IDLE_SECONDS },
  adapter: authAdapter(prisma),
  // Passkeys, when switched on: the relying party (RP ID and origin) comes from AUTH_URL or the
  // request's host, so the same build works on localhost and on the deployed domain.
  experimental: { enableWebAuthn: setup.enableWebAuthn },
  logger: {
    // Turning passkeys on is a choice made above; Auth.js would repeat "experimental-webauthn" on
    // every request (and dev mode replays it in the browser console). Every other warning is kept.
    warn(code) {
      if (code !== "experimental-webauthn") console.warn(`[auth][warn][${code}]`, "Read more: https://warnings.authjs.dev");
    },
    // A visitor's refusals (an email over its limit, a used link…) on one line each, the rest in full.
    error: logAuthError,
  },
  providers: setup.providers,
  callbacks: {
    ...authConfig.callbacks,
    async signIn(params) {
      // Checked before Auth.js makes a token or sends a mail, whichever way the request came in.
      const address = params.email?.verificationRequest ? params.user.email : undefined;
      if (address && !(await allowSignInEmail(address))) return false;
      // An OAuth/OIDC identity whose provider does not vouch for its address is refused.
      const { account, profile } = params;
      const oauth = account?.type === "oauth" || account?.type === "oidc";
      return !(oauth && emailNotVouchedFor(account.provider, profile));
    },
    // The session's row: made at sign-in, checked when the token says the check is due (at most
    // once per SESSION_REFRESH_SECONDS) or when the app asks for a refresh after changing the user.
    // The role and the name shown in the header come from that check. Whatever a client sends with
    // an update is ignored. A user with two-factor on who signed in with a first factor only gets a
    // half-signed-in token until the row says the code was given (lib/two-factor/pending.ts).
    async jwt(params) {
      const token = await authConfig.callbacks.jwt(params);
      const now = new Date();
      const method = params.account?.provider;
      if (params.user) return startSessionToken(prisma, token, now, method);
      // A little early: the edge that sent the request here may run ahead of this clock.
      if (params.trigger !== "update" && !checkIsDue(token, now.getTime() / 1000, -CLOCK_SKEW_SECONDS)) return token;
      const checked = await checkedSessionToken(prisma, token, now);
      // Only a half-signed-in token costs a second query; a signed-in one is checked as before.
      return checked?.twoFactorPending ? pendingFromRow(prisma, checked) : checked;
    },
  },
  events: {
    // The security activity on /account (lib/account/security-log.ts).
    async linkAccount({ user, account }) {
      await logWayInAdded(prisma, user.id, account);
    },
    // Sign-out ends the session everywhere its cookie may have been copied, not only in this browser
    // (for POST /api/auth/signout; signOut() below has already done it).
    async signOut(message) {
      await revokeSession("token" in message ? message.token : undefined);
    },
  },
});

export const {
  handlers,
  auth,
  signIn,
  // Re-issues the session cookie from a server action; the jwt callback above re-reads the user.
  unstable_update: refreshSession,
} = nextAuth;

/**
 * Auth.js's signOut, after the session's row is deleted: when it cannot be (the database does not
 * answer), this throws before any cookie changes, and the person stays signed in (lib/auth/sign-out.ts).
 */
export async function signOut(options?: Parameters<typeof nextAuth.signOut>[0]): Promise<void> {
  const { token } = await readRequestSession();
  await revokeSession(token);
  await nextAuth.signOut(options);
}

/** What the sign-in and account pages offer: OAuth/OIDC buttons, the email form, passkeys. */
export const signInOptions = setup.options;
