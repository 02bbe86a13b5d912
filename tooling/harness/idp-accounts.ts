// The identity provider's accounts: whatever login is typed into its dev login form becomes the
// account, and its email. Specs use the same function to know what the app should receive.

/**
 * Logins starting with this get `email_verified: false`, so a spec can play a provider that lets
 * anyone type any address; every other login stays verified, as the other specs expect.
 */
export const UNVERIFIED_LOGIN_PREFIX = "unverified-";

export function idpClaims(login: string) {
  return {
    sub: login,
    email: login,
    email_verified: !login.startsWith(UNVERIFIED_LOGIN_PREFIX),
    name: idpDisplayName(login),
  };
}

export const idpDisplayName = (login: string) => `IdP ${login.split("@")[0]}`;
