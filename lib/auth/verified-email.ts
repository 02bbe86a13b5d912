// An OAuth/OIDC identity whose provider does not vouch for its email address is refused: anyone
// could have typed someone else's address there, and that address would then name an account its
// owner later signs into by magic link, with the other identity still linked (account
// pre-hijacking). Each provider's rule is its registry entry's `emailVerified` (providers.ts).
//
// A provider without a rule (GitHub) is taken at its word: its address can open a new account.
// No provider can sign in to an existing account by email: with allowDangerousEmailAccountLinking
// off, Auth.js refuses that (OAuthAccountNotLinked) whatever the rule says, and linking happens
// only from the account page, signed in.
import type { Profile } from "next-auth";
import { providerEntry } from "./providers";

/** Whether a sign-in through `providerId` with this profile must be refused for its email address. */
export function emailNotVouchedFor(providerId: string, profile: Profile | undefined): boolean {
  const rule = providerEntry(providerId)?.emailVerified;
  return rule !== undefined && !(profile !== undefined && rule(profile));
}
