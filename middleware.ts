// Runs on the Edge runtime before every matched request, with the edge-safe config only:
// it decides from the JWT in the cookie and never touches the database.
import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

const { auth } = NextAuth(authConfig);
export default auth;

export const config = {
  // Everything except Auth.js's own routes, Next's assets and static files.
  matcher: ["/((?!api/auth|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt|xml)$).*)"],
};
