"use server";
import { signOut } from "@/auth";
import { clearSessionEnded } from "@/lib/auth/session-ended-marker";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { UNAVAILABLE_SIGN_OUT_MESSAGE } from "@/lib/messages/unavailable";

export type SignOutState = { error?: string };

// signOut() ends by throwing Next's redirect; it throws before anything changes when the session's
// row cannot be deleted (lib/auth/sign-out.ts), and the person stays signed in to try again.
async function signOutTo(redirectTo: string): Promise<SignOutState> {
  try {
    await signOut({ redirectTo });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { error: UNAVAILABLE_SIGN_OUT_MESSAGE };
    throw error;
  }
  return {};
}

export async function signOutAndGoHome(): Promise<SignOutState> {
  return signOutTo("/");
}

/** From the 403 page: this account may not, another one may. */
export async function signOutAndSignIn(): Promise<SignOutState> {
  return signOutTo("/signin");
}

/** From /session-ended: the session is over, its cookie may not be. */
export async function endSessionAndSignIn(): Promise<SignOutState> {
  await clearSessionEnded();
  return signOutTo("/signin");
}
