// An OAuth/OIDC identity whose provider says it has NOT verified the email address is refused:
// anyone could have typed someone else's address there, and that address would then name an
// account its owner later signs into by magic link (account pre-hijacking). Providers that do not
// say (GitHub) are taken at their word that the address is theirs.
export function providerDeniesEmail(profile: Record<string, unknown> | undefined): boolean {
  const verified = profile?.email_verified;
  // Some identity providers (AWS Cognito, for one) send the claim as a string.
  return verified === false || verified === "false";
}
