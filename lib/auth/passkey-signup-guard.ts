// Auth.js lets a signed-out visitor register a passkey for any email address not yet in the
// database, creating an account for an address nobody proved they own. Whoever really owns it
// would later sign in by email into an account the first person can also open with their
// passkey. Here passkeys are added only by signed-in users, from the account page.
export function isPasskeySignup(url: URL): boolean {
  if (!url.pathname.includes("/webauthn-options/")) return false;
  // Auth.js takes the last of a repeated parameter (Object.fromEntries), so this does too.
  return url.searchParams.getAll("action").at(-1) === "register" || url.searchParams.has("email");
}
