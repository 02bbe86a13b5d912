import { auth, handlers } from "@/auth";
import { guardAuthRoute } from "@/lib/auth/auth-route";
import { isPasskeySignup } from "@/lib/auth/passkey-signup-guard";

export const GET = guardAuthRoute(async (request) => {
  if (isPasskeySignup(request.nextUrl) && !(await auth())) {
    return Response.json({ error: "Sign in first, then add a passkey from your account page." }, { status: 403 });
  }
  return handlers.GET(request);
});

export const POST = guardAuthRoute(handlers.POST);
