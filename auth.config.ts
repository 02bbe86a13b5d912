// Everything the edge middleware may know about auth. Edge-safe by rule: no database, no Prisma,
// no nodemailer, no `node:` modules, directly or through an import. auth.ts adds those for Node.
import type { NextAuthConfig } from "next-auth";
import { NextResponse } from "next/server";
import { ACCOUNT_PAGE, HOME_FOR_SIGNED_IN, TWO_FACTOR_PAGE, decide, isApiPath } from "./lib/edge/route-rules";
import { SESSION_ENDED_COOKIE, SESSION_ENDED_PAGE, sessionRefreshUrl } from "./lib/edge/session-check";
import { sessionFromToken } from "./lib/edge/session-from-token";
import { authSecrets } from "./lib/env/settings";

export const authConfig = {
  // With an adapter Auth.js would default to database sessions, which the edge cannot read.
  session: { strategy: "jwt" },
  // AUTH_SECRET and its rotation slots AUTH_SECRET_1..3 (authSecrets, lib/env/settings.ts).
  secret: authSecrets(),
  pages: { signIn: "/signin", verifyRequest: "/verify-request", error: "/auth-error" },
  // The providers are auth.ts's (lib/auth/sign-in-setup.ts): the middleware decides from the JWT
  // alone and never runs a sign-in, and listing them here put ~1 KB gzip of provider code in its bundle.
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      const claims = auth?.user ? { role: auth.user.role, recheckAt: auth.recheckAt, twoFactorPending: auth.twoFactorPending } : undefined;
      switch (decide(pathname, claims, Date.now() / 1000, request.cookies.has(SESSION_ENDED_COOKIE))) {
        case "check-session":
          // The Node route checks the session's row, re-issues or clears the cookie, and redirects
          // back here (app/api/session/refresh/route.ts). A redirect, not a rewrite: behind a proxy
          // that ends TLS, AUTH_URL's origin is not the one Next sees, and Next would proxy a
          // rewrite to another origin over the network. 307 keeps the method and body.
          return Response.redirect(sessionRefreshUrl(request.nextUrl), 307);
        case "allow":
          return true;
        case "sign-in":
          return false; // middleware.ts redirects to pages.signIn with ?callbackUrl=, as Auth.js would
        case "two-factor": {
          // Back to the page asked for once the code is given (the page checks it is this site's).
          const target = new URL(TWO_FACTOR_PAGE, request.nextUrl);
          target.searchParams.set("callbackUrl", `${pathname}${request.nextUrl.search}`);
          return Response.redirect(target);
        }
        case "session-ended":
          return Response.redirect(new URL(SESSION_ENDED_PAGE, request.nextUrl));
        case "unauthorized":
          return Response.json({ error: "unauthorized" }, { status: 401 });
        case "forbidden":
          return isApiPath(pathname)
            ? Response.json({ error: "forbidden" }, { status: 403 })
            : // Next keeps no status from a rewrite: /forbidden answers 403 itself (forbidden()).
              NextResponse.rewrite(new URL("/forbidden", request.nextUrl));
        case "signed-in": {
          const target = new URL(HOME_FOR_SIGNED_IN, request.nextUrl);
          // A link started on /account that failed comes back here with ?error=: show it there.
          const error = request.nextUrl.searchParams.get("error");
          if (error) {
            target.pathname = ACCOUNT_PAGE;
            target.searchParams.set("error", error);
          }
          return Response.redirect(target);
        }
      }
    },
    jwt({ token, user }) {
      // `user` is there only at sign-in; Auth.js already put its id in token.sub.
      if (user) token.role = user.role ?? "user";
      return token;
    },
    session({ session, token, user }) {
      // With session.strategy "database" (README, "Sessions") Auth.js passes the row's user and no token.
      if (!token) return { user: { id: user.id, name: user.name, email: user.email, image: user.image, role: user.role ?? "user" }, expires: session.expires };
      return sessionFromToken(token, session.expires);
    },
  },
} satisfies NextAuthConfig;
