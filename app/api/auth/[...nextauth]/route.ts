import type { NextRequest } from "next/server";
import { auth, handlers } from "@/auth";
import { isPasskeySignup } from "@/lib/auth/passkey-signup-guard";

export async function GET(request: NextRequest) {
  if (isPasskeySignup(request.nextUrl) && !(await auth())) {
    return Response.json({ error: "Sign in first, then add a passkey from your account page." }, { status: 403 });
  }
  return handlers.GET(request);
}

export const { POST } = handlers;
