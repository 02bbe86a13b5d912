// Sentences for a failed attempt to link a provider from the account page. The person is signed
// in, so Auth.js's OAuthAccountNotLinked means something else than on the sign-in page: the
// provider's account already belongs to another user here.
import { authErrorMessage } from "./auth-errors";

const TAKEN = "That account at the provider already belongs to another user of this site, so it wasn't linked to yours.";

export const linkErrorMessage = (code: string | undefined): string =>
  code === "OAuthAccountNotLinked" || code === "AccountNotLinked" ? TAKEN : authErrorMessage(code);
