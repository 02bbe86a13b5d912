// Step-up (lib/auth/step-up.ts): with a sign-in older than RECENT_SIGN_IN_MINUTES, destructive
// actions (deleting the account, signing out other devices, unlinking a provider, removing a
// passkey) are refused by the server action itself, and the account page offers to confirm it is you
// with what the account has (an emailed link, a passkey), coming back to the action ready to finish.
// The session's sign-in is moved into the past in the database, as if the cookie had been copied
// long after it was made.
import { NUMBER_SETTINGS } from "../lib/env/settings";
import { stepUpMessage } from "../lib/messages/step-up";
import type { Locator, Page } from "@playwright/test";
import { addVirtualAuthenticator, expect, lastEmailTo, magicLinkIn, PASSKEYS_OFF, signInWithEmail, test, uniqueEmail } from "./fixtures";
import type { Database } from "./support/database";
import { buildServerActions } from "./support/hostile/server-actions";
import { loginAtIdp } from "./support/sign-in";

const MINUTES = NUMBER_SETTINGS.RECENT_SIGN_IN_MINUTES.default;

/** Ages every session of the user past the bound; answers the user's id. */
async function ageSignIns(db: Database, email: string): Promise<string> {
  const user = await db.userByEmail(email);
  await db.backdateSignInsOf(user.id, MINUTES + 1);
  return user.id;
}

/** Signs in by email and adds a passkey on the account page; answers the page's Passkeys region. */
async function signInAndAddPasskey(page: Page, email: string): Promise<Locator> {
  await signInWithEmail(page, email);
  await addVirtualAuthenticator(page);
  await page.goto("/account");
  const passkeys = page.getByRole("region", { name: "Passkeys" });
  await passkeys.getByRole("button", { name: "Add a passkey" }).click();
  await expect(passkeys.getByText("Passkey added.")).toBeVisible();
  return passkeys;
}

test("deleting the account after an old sign-in waits for a confirmation; an emailed link gives it and comes back to the form", async ({ page, email, db }) => {
  await signInWithEmail(page, email);
  const userId = await ageSignIns(db, email);

  await page.goto("/account");
  const danger = page.getByRole("region", { name: "Danger zone" });
  await danger.getByRole("button", { name: "Delete account…" }).click();
  await danger.getByLabel("Type your email to confirm").fill(email);
  await danger.getByRole("button", { name: "Delete account", exact: true }).click();
  await expect(danger.getByText(stepUpMessage("delete-account", MINUTES))).toBeVisible();
  expect((await db.userByEmail(email)).id).toBe(userId);
  expect((await db.securityEventsOf(userId)).map((event) => event.kind)).toContain("account-deletion-requested");

  await danger.getByRole("link", { name: "Confirm it's you" }).click();
  const confirm = page.getByRole("region", { name: "Confirm it's you" });
  // No passkey on this account: only the emailed link is offered.
  await expect(confirm.getByRole("button", { name: "Email me a link" })).toBeVisible();
  await expect(confirm.getByRole("button", { name: "Confirm with a passkey" })).toHaveCount(0);
  const since = new Date();
  await confirm.getByRole("button", { name: "Email me a link" }).click();
  await expect(confirm.getByText(`We sent a link to ${email}.`, { exact: false })).toBeVisible();

  await page.goto(magicLinkIn(await lastEmailTo(email, { since })));
  await page.waitForURL((url) => url.pathname === "/account" && url.searchParams.get("confirm") === "delete-account");
  await expect(page.getByText("Confirmed: you can now delete your account below.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Security activity" }).getByText("Account deletion asked for, and refused until confirmed")).toBeVisible();
  // The form waits open, the address still to be typed.
  await danger.getByLabel("Type your email to confirm").fill(email);
  await danger.getByRole("button", { name: "Delete account", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/account-deleted");
  expect(await db.usersByEmail(email)).toEqual([]);
});

test("signing out other devices after an old sign-in is refused, also when the action is posted directly; a passkey confirms", async ({ page, browser, email, db, passkeysOffered }) => {
  test.skip(!passkeysOffered, PASSKEYS_OFF);
  await signInAndAddPasskey(page, email);
  const otherDevice = await browser.newContext();
  await signInWithEmail(await otherDevice.newPage(), email);
  const userId = await ageSignIns(db, email);
  expect(await db.sessionsOf(userId)).toHaveLength(2);

  // A client skipping the page: the action itself answers with the refusal, and nothing ends.
  const action = buildServerActions().find(({ name }) => name.includes("device-actions") && name.endsWith("signOutOtherDevices"));
  expect(action, "signOutOtherDevices is in the build's server actions").toBeDefined();
  const origin = new URL(page.url()).origin;
  const posted = await page.request.post("/account", {
    headers: { "next-action": action!.id, "content-type": "text/plain;charset=UTF-8", origin },
    data: "[{}]",
  });
  expect(posted.status()).toBe(200);
  expect(await posted.text()).toContain('"stepUp":"sign-out-devices"');
  expect(await db.sessionsOf(userId)).toHaveLength(2);

  await page.goto("/account");
  const devices = page.getByRole("region", { name: "Devices" });
  await devices.getByRole("button", { name: "Sign out of all other devices" }).click();
  await expect(devices.getByRole("alert")).toHaveText(stepUpMessage("sign-out-devices", MINUTES));
  expect(await db.sessionsOf(userId)).toHaveLength(2);

  await devices.getByRole("link", { name: "Confirm it's you" }).click();
  const confirm = page.getByRole("region", { name: "Confirm it's you" });
  await confirm.getByRole("button", { name: "Confirm with a passkey" }).click();
  await expect(page.getByText("Confirmed: you can now sign out your other devices below.")).toBeVisible();
  await devices.getByRole("button", { name: "Sign out of all other devices" }).click();
  await expect(devices.getByText("Signed out of 1 other device.")).toBeVisible();
  expect(await db.sessionsOf(userId)).toHaveLength(1);

  const events = await db.securityEventsOf(userId);
  expect(events.find((event) => event.kind === "other-devices-signed-out")?.detail).toEqual({ count: 1 });
  expect(events.find((event) => event.kind === "way-in-added")?.detail).toEqual({ wayIn: "passkey" });
  await page.reload();
  const activity = page.getByRole("region", { name: "Security activity" });
  await expect(activity.getByText("Signed out another device")).toBeVisible();
  await expect(activity.getByText("Added a way to sign in: a passkey")).toBeVisible();
  await otherDevice.close();
});

/** The account page's server action `name` (app/account/actions.ts), as the build lists it. */
function accountAction(name: string): string {
  const action = buildServerActions().find((entry) => entry.name.includes("account/actions") && entry.name.endsWith(` ${name}`));
  expect(action, `${name} is in the build's server actions`).toBeDefined();
  return action!.id;
}

/**
 * Calls a remove button's action as a client skipping the page would: the arguments React's client
 * sends for (previous state, FormData), as a multipart form (React's encodeReply): the FormData's
 * fields under "_1_", then "0", the arguments naming it ("$K1"). In that order: the server reads the
 * parts as they stream in, and builds the FormData from the fields already read when it reaches "0".
 */
async function postRemoval(page: Page, actionId: string, field: { name: string; value: string }): Promise<string> {
  const form = new FormData();
  form.append(`_1_${field.name}`, field.value);
  form.append("0", '[{},"$K1"]');
  const response = await page.request.post("/account", { headers: { "next-action": actionId, origin: new URL(page.url()).origin }, multipart: form });
  expect(response.status()).toBe(200);
  return response.text();
}

test("unlinking a provider and removing a passkey after an old sign-in are refused, also when posted directly; after confirming both go", async ({ page, email, db, passkeysOffered }, testInfo) => {
  test.skip(!passkeysOffered, PASSKEYS_OFF);
  const passkeys = await signInAndAddPasskey(page, email);
  await page.getByRole("button", { name: "Link Test IdP", exact: true }).click();
  await loginAtIdp(page, uniqueEmail(testInfo, "idp"));
  await page.waitForURL((url) => url.pathname === "/account");
  const userId = await ageSignIns(db, email);
  const rows = await db.authenticatorsOf(userId);
  expect(rows).toHaveLength(1);
  const credentialID = rows[0]!.credential_id;
  const providers = async () => (await db.accountsOf(userId)).map((account) => account.provider).sort();
  expect(await providers()).toEqual(["oidc", "passkey"]);

  // A client skipping the page: each action answers with the refusal, and nothing is removed.
  const unlink = accountAction("unlinkProvider");
  const removePasskey = accountAction("deletePasskey");
  expect(await postRemoval(page, unlink, { name: "provider", value: "oidc" })).toContain('"stepUp":"remove-sign-in-method"');
  expect(await postRemoval(page, removePasskey, { name: "credentialID", value: credentialID })).toContain('"stepUp":"remove-sign-in-method"');
  expect(await providers()).toEqual(["oidc", "passkey"]);
  expect(await db.authenticatorsOf(userId)).toHaveLength(1);

  // The page's buttons: the same refusal, with the way to confirm.
  await page.goto("/account");
  const methods = page.getByRole("region", { name: "Sign-in methods" });
  const refusal = stepUpMessage("remove-sign-in-method", MINUTES);
  await methods.getByRole("button", { name: "Unlink Test IdP" }).click();
  await expect(methods.getByRole("alert")).toHaveText(refusal);
  await passkeys.getByRole("button", { name: /^Delete/ }).click();
  await expect(passkeys.getByRole("alert")).toHaveText(refusal);
  expect(await providers()).toEqual(["oidc", "passkey"]);
  expect(await db.authenticatorsOf(userId)).toHaveLength(1);

  await methods.getByRole("link", { name: "Confirm it's you" }).click();
  await page.getByRole("region", { name: "Confirm it's you" }).getByRole("button", { name: "Confirm with a passkey" }).click();
  await expect(page.getByText("Confirmed: you can now remove a way to sign in below.")).toBeVisible();
  await methods.getByRole("button", { name: "Unlink Test IdP" }).click();
  await expect(methods.getByRole("button", { name: "Link Test IdP", exact: true })).toBeVisible();
  expect(await providers()).toEqual(["passkey"]);
  // The same direct post as before, now answered by the removal itself.
  const answer = await postRemoval(page, removePasskey, { name: "credentialID", value: credentialID });
  expect(answer).not.toContain('"stepUp"');
  expect(await db.authenticatorsOf(userId), answer).toEqual([]);
  expect(await providers()).toEqual([]);

  const removed = (await db.securityEventsOf(userId)).filter((event) => event.kind === "way-in-removed").map((event) => event.detail);
  expect(removed).toEqual(expect.arrayContaining([{ wayIn: "oidc" }, { wayIn: "passkey" }]));
});

test("the account page's step-up and activity parameters take any value: unknown ones are ignored", async ({ signedInPage }) => {
  const values = ["__proto__", "toString", "constructor", "-1", "1e999", "9".repeat(40), "%00", "delete-account%00", "<script>", ""];
  for (const value of values) {
    const query = new URLSearchParams([
      ["confirm", value],
      ["confirm", "delete-account"],
      ["activity_before", value],
    ]);
    const response = await signedInPage.request.get(`/account?${query}`);
    expect(response.status(), `/account?${query}`).toBe(200);
    const html = await response.text();
    // The first value counts: only a known action opens the confirmation (or says it is ready).
    expect(html.includes("Confirmed: you can now"), `/account?${query}`).toBe(false);
    expect(html.includes("Security activity"), `/account?${query}`).toBe(true);
  }
});
