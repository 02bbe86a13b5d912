// The full Auth.js instance for Node: the edge config plus the database adapter, the providers
// that need it, and the callbacks that read the database (the sign-in email limits, the role refresh).
// Pages, route handlers and server actions import from here; the middleware never does.
import NextAuth from "next-auth";
import Passkey from "next-auth/providers/passkey";
import { authConfig } from "./auth.config";
import { authAdapter } from "./lib/auth/adapter";
import { emailProvider } from "./lib/auth/email-provider";
import { allowSignInEmail } from "./lib/auth/email-send-gate";
import { roleIsStale } from "./lib/auth/role-refresh";
import type { Role } from "./lib/edge/route-rules";
import { prisma } from "./prisma";

const email = emailProvider();

export const {
  handlers,
  auth,
  signIn,
  signOut,
  // Re-issues the session cookie from a server action; the jwt callback below re-reads the user.
  unstable_update: refreshSession,
} = NextAuth({
  ...authConfig,
  adapter: authAdapter(prisma),
  // Passkeys: the relying party (RP ID and origin) comes from AUTH_URL or the request's host,
  // so the same build works on localhost and on the deployed domain.
  experimental: { enableWebAuthn: true },
  logger: {
    // Turning passkeys on is a choice made above; Auth.js would repeat "experimental-webauthn" on
    // every request (and dev mode replays it in the browser console). Every other warning is kept.
    warn(code) {
      if (code !== "experimental-webauthn") console.warn(`[auth][warn][${code}]`, "Read more: https://warnings.authjs.dev");
    },
  },
  providers: [...authConfig.providers, ...(email ? [email] : []), Passkey],
  callbacks: {
    ...authConfig.callbacks,
    async signIn(params) {
      // Checked before Auth.js makes a token or sends a mail, whichever way the request came in.
      const address = params.email?.verificationRequest ? params.user.email : undefined;
      if (address && !(await allowSignInEmail(address))) return false;
      return authConfig.callbacks.signIn(params);
    },
    // The other callback that reads the database: the role (and the name shown in the header) come
    // from the users row when the token's copy is stale, or when the app asks for a refresh after
    // changing them. Whatever a client sends with an update is ignored.
    async jwt(params) {
      const token = await authConfig.callbacks.jwt(params);
      const now = Date.now() / 1000;
      if (params.user) return { ...token, roleCheckedAt: now };
      const refresh = params.trigger === "update" || roleIsStale(token.roleCheckedAt, now);
      if (!token.sub || !refresh) return token;
      let user: { role: Role; name: string | null } | null;
      try {
        user = await prisma.user.findUnique({ where: { id: token.sub }, select: { role: true, name: true } });
      } catch (error) {
        // A database hiccup must not sign everyone out (Auth.js drops the cookie when this throws):
        // keep the token as it is and try again at the next request.
        console.error("session refresh: could not read the user, keeping the current token", error);
        return token;
      }
      // A deleted account ends its sessions at the next refresh.
      if (!user) return null;
      return { ...token, role: user.role, name: user.name, roleCheckedAt: now };
    },
  },
});

/** What the sign-in page offers: OAuth/OIDC buttons, the email form, passkeys (always on). */
export const signInOptions = {
  oauth: authConfig.providers.map((provider) => {
    const { id, name } = typeof provider === "function" ? provider() : provider;
    return { id, name };
  }),
  email: Boolean(email),
  passkey: true,
};
