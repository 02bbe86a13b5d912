// Whether a user may remove one of their ways to sign in: never the last one that works on this
// server, or the account would be locked for good (sign-up by passkey is refused, and a new OAuth
// sign-in with the same email is refused as OAuthAccountNotLinked).

/** Account types of the OAuth/OIDC sign-ins; passkeys also have accounts rows, of type "webauthn". */
export const OAUTH_ACCOUNT_TYPES = ["oauth", "oidc"];

export type UserSignInMethods = {
  /** The provider id of each linked OAuth/OIDC account (one entry per account). */
  oauthAccounts: readonly string[];
  passkeys: number;
  /** users.email_verified is set: the user opened a magic link once, so the address is theirs. */
  emailVerified: boolean;
};

/** What this server offers, as in signInOptions from auth.ts. */
export type EnabledMethods = { oauth: readonly { id: string }[]; email: boolean; passkey: boolean };

export type Removal = { oauthProvider: string } | { passkey: true };

/** How many of the user's methods work today: a link to a provider this server no longer offers does not. */
export function usableWays(user: UserSignInMethods, enabled: EnabledMethods): number {
  const offered = new Set(enabled.oauth.map((provider) => provider.id));
  const oauth = user.oauthAccounts.filter((provider) => offered.has(provider)).length;
  const passkeys = enabled.passkey ? user.passkeys : 0;
  const email = enabled.email && user.emailVerified ? 1 : 0;
  return oauth + passkeys + email;
}

/** Unlinking a provider removes every account of the user at that provider. */
export function mayRemove(user: UserSignInMethods, enabled: EnabledMethods, removal: Removal): boolean {
  const after =
    "oauthProvider" in removal
      ? { ...user, oauthAccounts: user.oauthAccounts.filter((provider) => provider !== removal.oauthProvider) }
      : { ...user, passkeys: Math.max(0, user.passkeys - 1) };
  return usableWays(after, enabled) > 0;
}

/** Why the removal was refused, naming only what this user can still add on this server. */
export function lastWayMessage(user: UserSignInMethods, enabled: EnabledMethods, removal: Removal): string {
  const unlink = "oauthProvider" in removal;
  const alternatives = [
    enabled.passkey && (user.passkeys > 0 ? "add another passkey" : "add a passkey"),
    enabled.oauth.some((provider) => !user.oauthAccounts.includes(provider.id)) && "link another sign-in method",
    // Opening a magic link proves the address, and from then on email counts as a way in.
    enabled.email && !user.emailVerified && "sign in by email once",
  ].filter((text): text is string => Boolean(text));
  const what = unlink ? "This is your only way to sign in." : "This passkey is your only way to sign in.";
  const last = alternatives.pop();
  if (!last) return `${what} It can't be removed.`;
  const choices = alternatives.length > 0 ? `${alternatives.join(", ")} or ${last}` : last;
  return `${what} ${choices.charAt(0).toUpperCase()}${choices.slice(1)} before you ${unlink ? "unlink" : "delete"} it.`;
}
