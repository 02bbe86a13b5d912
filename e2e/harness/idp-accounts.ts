// The identity provider's accounts: whatever login is typed into its dev login form becomes the
// account, and its email. Specs use the same function to know what the app should receive.
export function idpClaims(login: string) {
  return { sub: login, email: login, email_verified: true, name: idpDisplayName(login) };
}

export const idpDisplayName = (login: string) => `IdP ${login.split("@")[0]}`;
