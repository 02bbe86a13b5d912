// Adding a way in needs a recent sign-in (lib/auth/recent-sign-in.ts): whoever holds a copy of a
// session cookie must not be able to add a passkey or link their own account at a provider, which
// would let them back in after every sign-out. The session's sign-in is moved into the past in the
// database, as if the cookie had been copied long after it was made.
import { NUMBER_SETTINGS } from "../lib/env/settings";
import { recentSignInMessage } from "../lib/messages/recent-sign-in";
import { addVirtualAuthenticator, expect, lastEmailTo, magicLinkIn, PASSKEYS_OFF, signInWithEmail, test, uniqueEmail } from "./fixtures";
import { OIDC_PROVIDER_NAME } from "../tooling/harness/run-env";
import type { Database } from "./support/database";
import { loginAtIdp } from "./support/sign-in";
import { signOut } from "./support/sign-out";

const MINUTES = NUMBER_SETTINGS.RECENT_SIGN_IN_MINUTES.default;
const REFUSAL = recentSignInMessage(MINUTES);

async function ageSignIn(db: Database, email: string): Promise<string> {
  const user = await db.userByEmail(email);
  const sessions = await db.sessionsOf(user.id);
  expect(sessions).toHaveLength(1);
  await db.backdateSignIn(sessions[0]!.id, MINUTES + 1);
  return user.id;
}

test("a session that signed in long ago cannot add a passkey until it confirms it is you", async ({ page, email, db, passkeysOffered }) => {
  test.skip(!passkeysOffered, PASSKEYS_OFF);
  await signInWithEmail(page, email);
  const userId = await ageSignIn(db, email);
  const device = await addVirtualAuthenticator(page);

  await page.goto("/account");
  const passkeys = page.getByRole("region", { name: "Passkeys" });
  await passkeys.getByRole("button", { name: "Add a passkey" }).click();
  await expect(passkeys.getByRole("alert")).toHaveText(REFUSAL);
  // Refused before the device was asked, and at Auth.js's endpoint for whoever skips the page.
  expect(await device.credentialIds()).toEqual([]);
  const options = await page.request.get("/api/auth/webauthn-options/passkey?action=register");
  expect(options.status()).toBe(403);
  expect(await options.json()).toEqual({ error: "recent_sign_in_required", message: REFUSAL });
  expect(await db.authenticatorsOf(userId)).toEqual([]);

  // The step-up confirmation opens the window again (here by an emailed link), and comes back.
  await passkeys.getByRole("link", { name: "Confirm it's you" }).click();
  const since = new Date();
  await page.getByRole("region", { name: "Confirm it's you" }).getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByText(`We sent a link to ${email}.`, { exact: false })).toBeVisible();
  await page.goto(magicLinkIn(await lastEmailTo(email, { since })));
  await expect(page.getByText("Confirmed: you can now add a way to sign in below.")).toBeVisible();
  await passkeys.getByRole("button", { name: "Add a passkey" }).click();
  await expect(passkeys.getByText("Passkey added.")).toBeVisible();
  expect(await db.authenticatorsOf(userId)).toHaveLength(1);
});

test("a session that signed in long ago cannot link an account, also when it was old only on the way back", async ({ page, email, db }, testInfo) => {
  await signInWithEmail(page, email);
  const userId = await ageSignIn(db, email);
  const link = page.getByRole("button", { name: `Link ${OIDC_PROVIDER_NAME}`, exact: true });

  // From the page: refused before the trip to the provider.
  await page.goto("/account");
  await link.click();
  await page.waitForURL((url) => url.pathname === "/account" && url.searchParams.get("error") === "SignInAgain");
  await expect(page.getByRole("region", { name: "Sign-in methods" }).getByRole("alert")).toHaveText(REFUSAL);

  // Fresh when it left for the provider, old when it came back (a cookie copied in between, or a
  // flow started signed out and finished with the copy): the link itself is refused.
  await signOut(page);
  await signInWithEmail(page, email);
  await page.goto("/account");
  await link.click();
  await page.getByPlaceholder("Enter any login").waitFor();
  await ageSignIn(db, email);
  await loginAtIdp(page, uniqueEmail(testInfo, "idp"));
  await page.waitForURL((url) => url.pathname === "/account" && url.searchParams.get("error") === "SignInAgain");
  await expect(page.getByRole("region", { name: "Sign-in methods" }).getByRole("alert")).toHaveText(REFUSAL);
  expect(await db.accountsOf(userId)).toEqual([]);
});
