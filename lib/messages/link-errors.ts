// Sentences for a failed attempt to link a provider from the account page. The person is signed
// in, so Auth.js's OAuthAccountNotLinked means something else than on the sign-in page: the
// provider's account already belongs to another user here.
import { authErrorMessage } from "./auth-errors";
import { RECENT_SIGN_IN_CODE, recentSignInMessage } from "./recent-sign-in";

const TAKEN = "That account at the provider already belongs to another user of this site, so it wasn't linked to yours.";

/** `recentSignInMinutes`: RECENT_SIGN_IN_MINUTES, for the refusal of a link with an old sign-in. */
export function linkErrorMessage(code: string | undefined, recentSignInMinutes: number): string {
  if (code === "OAuthAccountNotLinked" || code === "AccountNotLinked") return TAKEN;
  if (code === RECENT_SIGN_IN_CODE) return recentSignInMessage(recentSignInMinutes);
  return authErrorMessage(code);
}
