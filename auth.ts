// The full Auth.js instance for Node: the edge config plus the database adapter and the providers
// that need it. Pages, route handlers and server actions import from here; the middleware never does.
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import { authConfig } from "./auth.config";
import { emailProvider } from "./lib/email-provider";
import { prisma } from "./prisma";

const email = emailProvider();

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  adapter: PrismaAdapter(prisma),
  providers: [...authConfig.providers, ...(email ? [email] : [])],
});

/** What the sign-in page offers, in order: OAuth/OIDC buttons, then the email form. */
export const signInOptions = {
  oauth: authConfig.providers.map((provider) => {
    const { id, name } = typeof provider === "function" ? provider() : provider;
    return { id, name };
  }),
  email: Boolean(email),
};
