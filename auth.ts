// The full Auth.js instance for Node: the edge config plus the database adapter, the providers
// that need it, and the one callback that may read the database. Pages, route handlers and
// server actions import from here; the middleware never does.
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import { authConfig } from "./auth.config";
import { emailProvider } from "./lib/email-provider";
import { roleIsStale } from "./lib/role-refresh";
import { prisma } from "./prisma";

const email = emailProvider();

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  adapter: PrismaAdapter(prisma),
  providers: [...authConfig.providers, ...(email ? [email] : [])],
  callbacks: {
    ...authConfig.callbacks,
    async jwt(params) {
      const token = await authConfig.callbacks.jwt(params);
      const now = Date.now() / 1000;
      if (params.user) return { ...token, roleCheckedAt: now };
      if (!token.sub || !roleIsStale(token.roleCheckedAt, now)) return token;
      const user = await prisma.user.findUnique({ where: { id: token.sub }, select: { role: true } });
      // A deleted account ends its sessions at the next refresh.
      if (!user) return null;
      return { ...token, role: user.role, roleCheckedAt: now };
    },
  },
});

/** What the sign-in page offers, in order: OAuth/OIDC buttons, then the email form. */
export const signInOptions = {
  oauth: authConfig.providers.map((provider) => {
    const { id, name } = typeof provider === "function" ? provider() : provider;
    return { id, name };
  }),
  email: Boolean(email),
};
