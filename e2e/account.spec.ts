import type { Locator, Page } from "@playwright/test";
import { addVirtualAuthenticator, signedInUserId, expect, hasSessionCookie, PASSKEYS_OFF, signInWithEmail, signInWithOidc, test, uniqueEmail } from "./fixtures";

const section = (page: Page, name: string) => page.getByRole("region", { name });

async function addPasskey(page: Page): Promise<Locator> {
  await page.goto("/account");
  const passkeys = section(page, "Passkeys");
  const before = await passkeys.getByRole("listitem").count();
  // Records whether "Passkey added." ever shows next to a list without the new passkey.
  await passkeys.evaluate((element, count) => {
    const check = () => {
      const added = [...element.querySelectorAll("[role=status]")].some((status) => status.textContent === "Passkey added.");
      if (added && element.querySelectorAll("li").length === count) element.setAttribute("data-stale-list", "");
    };
    new MutationObserver(check).observe(element, { subtree: true, childList: true, characterData: true });
  }, before);
  await passkeys.getByRole("button", { name: "Add a passkey" }).click();
  await expect(passkeys.getByRole("status").filter({ hasText: "Passkey added." })).toBeVisible();
  await expect(passkeys.getByRole("listitem")).toHaveCount(before + 1);
  await expect(passkeys, "“Passkey added.” showed before the list had the passkey").not.toHaveAttribute("data-stale-list");
  return passkeys.getByRole("listitem").last();
}

/** Opens the name field of a passkey (behind its Rename button) unless it is open already. */
async function openRename(item: Locator): Promise<Locator> {
  const field = item.getByLabel("Passkey name");
  if (!(await field.isVisible())) await item.getByRole("button", { name: /^Rename/ }).click();
  await expect(field).toBeFocused();
  return field;
}

async function renamePasskey(item: Locator, name: string): Promise<void> {
  await (await openRename(item)).fill(name);
  await item.getByRole("button", { name: /^Save/ }).click();
  await expect(item.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  // Saved closes the field and gives the focus back to the button that opened it.
  await expect(item.getByLabel("Passkey name")).toHaveCount(0);
  await expect(item.getByRole("button", { name: /^Rename/ })).toBeFocused();
}

test("the name is checked next to its field and saved", async ({ page, email, db }) => {
  await signInWithEmail(page, email);
  await page.goto("/account");
  const profile = section(page, "Profile");
  const name = profile.getByLabel("Name", { exact: true });
  await expect(profile.getByText(email)).toBeVisible();

  await name.fill("x".repeat(81));
  // Held until the button has shown that it is working: on a busy server that takes seconds.
  let answer = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route("**/account", async (route) => {
    if (route.request().method() === "POST") await answered;
    await route.continue();
  });
  await profile.getByRole("button", { name: "Save name" }).click();
  await expect(profile.getByRole("button", { name: "Saving…" })).toBeDisabled();
  await expect(profile.getByRole("status").filter({ hasText: "Saving…" })).toBeAttached();
  answer();

  await expect(name).toHaveAccessibleDescription(/Your name can be at most 80 characters long\./);
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveValue("x".repeat(81));
  await expect(name).toBeFocused();
  expect((await db.userByEmail(email)).name).toBeNull();

  await name.fill("  Ada Lovelace  ");
  await profile.getByRole("button", { name: "Save name" }).click();

  await expect(profile.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await expect(name).toHaveValue("Ada Lovelace");
  await expect(name).not.toHaveAttribute("aria-invalid");
  expect((await db.userByEmail(email)).name).toBe("Ada Lovelace");
  // The header greets by name from now on, not by address.
  await expect(page.getByRole("banner")).toContainText("Ada Lovelace");
  // "Saved" was about the text before this edit.
  await name.pressSequentially("!");
  await expect(profile.getByRole("status").filter({ hasText: "Saved" })).toHaveCount(0);
  await page.reload();
  await expect(section(page, "Profile").getByLabel("Name", { exact: true })).toHaveValue("Ada Lovelace");
  await expect(page.getByRole("banner")).not.toContainText(email);
});

test("the only way to sign in cannot be unlinked", async ({ page, email, db, passkeysOffered }) => {
  await signInWithOidc(page, email);
  const user = await db.userByEmail(email);
  await page.goto("/account");
  const methods = section(page, "Sign-in methods");

  await methods.getByRole("button", { name: "Unlink Test IdP" }).click();

  await expect(methods.getByRole("alert")).toHaveText(
    `This is your only way to sign in. ${passkeysOffered ? "Add a passkey or sign in" : "Sign in"} by email once before you unlink it.`,
  );
  await expect(methods.getByRole("button", { name: "Unlink Test IdP" })).toHaveAccessibleDescription(/only way to sign in/);
  expect(await db.accountsOf(user.id)).toHaveLength(1);
});

test("passkeys can be renamed and deleted", async ({ page, email, db, passkeysOffered }) => {
  test.skip(!passkeysOffered, PASSKEYS_OFF);
  await addVirtualAuthenticator(page);
  await signInWithEmail(page, email);
  const user = await db.userByEmail(email);
  const item = await addPasskey(page);
  await expect(item.getByRole("heading", { name: "Passkey 1" })).toBeVisible();

  // Escape closes the field without saving.
  await (await openRename(item)).fill("Never saved");
  await page.keyboard.press("Escape");
  await expect(item.getByRole("heading", { name: "Passkey 1" })).toBeVisible();
  await expect(item.getByRole("button", { name: /^Rename/ })).toBeFocused();

  await (await openRename(item)).fill("   ");
  await item.getByRole("button", { name: /^Save/ }).click();
  await expect(item.getByLabel("Passkey name")).toHaveAccessibleDescription(/Enter a name for this passkey\./);
  expect((await db.authenticatorsOf(user.id))[0]?.name).toBe("Passkey 1");

  await renamePasskey(item, "Work laptop");
  await expect(item.getByRole("heading", { name: "Work laptop" })).toBeVisible();
  expect((await db.authenticatorsOf(user.id))[0]?.name).toBe("Work laptop");
  // Auth.js keeps an accounts row per passkey; deleting the passkey takes it along.
  expect((await db.accountsOf(user.id)).map((account) => account.type)).toEqual(["webauthn"]);

  // The proven email address stays a way in, so the only passkey may go.
  await item.getByRole("button", { name: "Delete Work laptop" }).click();

  await expect(section(page, "Passkeys").getByText("You have no passkeys yet.")).toBeVisible();
  // "Passkey added." described the list that had it.
  await expect(section(page, "Passkeys").getByText("Passkey added.")).toHaveCount(0);
  expect(await db.authenticatorsOf(user.id)).toEqual([]);
  expect(await db.accountsOf(user.id)).toEqual([]);
});

test("the last passkey cannot be deleted once the provider is unlinked", async ({ page, email, db, passkeysOffered }) => {
  test.skip(!passkeysOffered, PASSKEYS_OFF);
  await addVirtualAuthenticator(page);
  await signInWithOidc(page, email);
  const user = await db.userByEmail(email);
  const item = await addPasskey(page);

  // The passkey is now another way in, so the provider may go.
  await section(page, "Sign-in methods").getByRole("button", { name: "Unlink Test IdP" }).click();
  await expect(section(page, "Sign-in methods").getByRole("button", { name: "Link Test IdP", exact: true })).toBeVisible();

  await item.getByRole("button", { name: /^Delete/ }).click();

  await expect(item.getByRole("alert")).toContainText("This passkey is your only way to sign in.");
  expect(await db.authenticatorsOf(user.id)).toHaveLength(1);
  expect((await db.accountsOf(user.id)).map((account) => account.type)).toEqual(["webauthn"]);
});

test("deleting the account needs the email address (in any letter case), then removes every row and signs out", async ({ page, email, db, passkeysOffered }) => {
  await addVirtualAuthenticator(page);
  await signInWithOidc(page, email);
  const user = await db.userByEmail(email);
  // A passkey too where the server offers them, so that its rows are seen to go.
  if (passkeysOffered) await addPasskey(page);
  else await page.goto("/account");
  expect(await db.accountsOf(user.id)).toHaveLength(passkeysOffered ? 2 : 1);
  expect(await db.authenticatorsOf(user.id)).toHaveLength(passkeysOffered ? 1 : 0);

  const danger = section(page, "Danger zone");
  const confirmation = danger.getByLabel("Type your email to confirm");
  const deleteButton = danger.getByRole("button", { name: "Delete account", exact: true });
  await expect(deleteButton).toHaveCount(0);
  await danger.getByRole("button", { name: "Delete account…" }).click();
  await expect(confirmation).toBeFocused();
  await expect(danger).toContainText(`To confirm, type ${email} below.`);
  await confirmation.fill(`not-${email}`);
  await deleteButton.click();

  await expect(confirmation).toHaveAccessibleDescription(`That isn't your address. Type ${email} to confirm.`);
  await expect(confirmation).toHaveValue(`not-${email}`);
  expect(await db.usersByEmail(email)).toHaveLength(1);

  // As people type their address: capitals where they sign up with them.
  await confirmation.fill(email.replace(/^./, (first) => first.toUpperCase()).replace("@example", "@Example"));
  await deleteButton.click();

  // A page that says so, and what went.
  await page.waitForURL((url) => url.pathname === "/account-deleted");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account is deleted");
  await expect(page.getByText("your sign-in methods: linked accounts and passkeys,")).toBeVisible();
  expect(await hasSessionCookie(page)).toBe(false);
  expect(await db.usersByEmail(email)).toEqual([]);
  expect(await db.accountsOf(user.id)).toEqual([]);
  expect(await db.authenticatorsOf(user.id)).toEqual([]);
  await page.goto("/account");
  await expect(page).toHaveURL((url) => url.pathname === "/signin");
});

test("the 'account deleted' page shows only to the browser that deleted one: a link cannot claim it", async ({ page, signedInPage }) => {
  for (const visitor of [page, signedInPage]) {
    await visitor.goto("/account-deleted");
    await expect(visitor.getByRole("heading", { name: "Your account is deleted" })).toHaveCount(0);
    expect(new URL(visitor.url()).pathname).not.toBe("/account-deleted");
  }
});

test("two people signed in at once each see and change only their own account", async ({ page, browser, email, db, passkeysOffered }, testInfo) => {
  test.skip(!passkeysOffered, PASSKEYS_OFF);
  // Twice the work of the other tests: two sign-ins, two passkeys, two renames.
  test.slow();
  const context = await browser.newContext();
  const people = [
    { page, email, name: `Alice ${testInfo.testId}`, passkey: "Alice's phone" },
    { page: await context.newPage(), email: uniqueEmail(testInfo, "second"), name: `Bob ${testInfo.testId}`, passkey: "Bob's laptop" },
  ] as const;

  await Promise.all(
    people.map(async (person) => {
      await addVirtualAuthenticator(person.page);
      await signInWithEmail(person.page, person.email);
      await person.page.goto("/account");
      await section(person.page, "Profile").getByLabel("Name", { exact: true }).fill(person.name);
      await section(person.page, "Profile").getByRole("button", { name: "Save name" }).click();
      await expect(section(person.page, "Profile").getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
      await renamePasskey(await addPasskey(person.page), person.passkey);
    }),
  );

  for (const [me, other] of [people, [...people].reverse()] as const) {
    await me.page.goto("/account");
    const main = me.page.getByRole("main");
    await expect(section(me.page, "Profile").getByLabel("Name", { exact: true })).toHaveValue(me.name);
    await expect(main.getByRole("heading", { name: me.passkey })).toBeVisible();
    await expect(main).toContainText(me.email);
    for (const theirs of [other.email, other.name, other.passkey]) await expect(main).not.toContainText(theirs);
  }

  // Bob's forms, pointed at Alice's passkey, change nothing of hers.
  const [alice, bob] = people;
  const aliceUser = await db.userByEmail(alice.email);
  const [alicePasskey] = await db.authenticatorsOf(aliceUser.id);
  const bobItem = section(bob.page, "Passkeys").getByRole("listitem").first();
  const pointAtAlice = (form: Locator) =>
    form.locator('input[name="credentialID"]').evaluate((input, id) => {
      (input as HTMLInputElement).value = id;
    }, alicePasskey?.credential_id ?? "");
  const actionDone = () => bob.page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/account");

  await (await openRename(bobItem)).fill("Taken over");
  await pointAtAlice(bobItem.locator("form").filter({ has: bob.page.getByLabel("Passkey name") }));
  await bobItem.getByRole("button", { name: /^Save/ }).click();
  await expect(bobItem.getByLabel("Passkey name")).toHaveAccessibleDescription(/no longer on your account/);

  await pointAtAlice(bobItem.locator("form").filter({ has: bob.page.getByRole("button", { name: /^Delete/ }) }));
  await Promise.all([actionDone(), bobItem.getByRole("button", { name: /^Delete/ }).click()]);

  expect(await db.authenticatorsOf(aliceUser.id)).toEqual([alicePasskey]);
  expect((await db.accountsOf(aliceUser.id)).map((account) => account.type)).toEqual(["webauthn"]);
  await alice.page.goto("/dashboard");
  expect(await signedInUserId(alice.page)).toBe(aliceUser.id);
  await context.close();
});

test.describe("in the reader's language and time zone", () => {
  test.use({ locale: "de-DE", timezoneId: "Pacific/Kiritimati" });

  test("dates on the account page are written as the reader writes them", async ({ page, email, db, passkeysOffered }) => {
    test.skip(!passkeysOffered, PASSKEYS_OFF);
    await addVirtualAuthenticator(page);
    await signInWithEmail(page, email);
    const item = await addPasskey(page);
    const [passkey] = await db.authenticatorsOf((await db.userByEmail(email)).id);
    const expected = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Pacific/Kiritimati" }).format(passkey?.created_at);

    await expect(item.locator("time").first()).toHaveText(expected);
    await expect(item.locator("time").first()).toHaveAttribute("datetime", passkey?.created_at.toISOString() ?? "");
  });
});

test("'Signed out of 1 other device.' goes once the list it described changes", async ({ page, browser, email }) => {
  await signInWithEmail(page, email);
  const other = await browser.newContext();
  await signInWithEmail(await other.newPage(), email);
  await page.goto("/account");
  const devices = section(page, "Devices");
  await devices.getByRole("button", { name: "Sign out of all other devices" }).click();
  await expect(devices.getByRole("status").filter({ hasText: "Signed out of 1 other device." })).toBeVisible();

  // A new device signs in; the next change on this page (a name saved) re-renders the list with it.
  const third = await browser.newContext();
  await signInWithEmail(await third.newPage(), email);
  await section(page, "Profile").getByLabel("Name", { exact: true }).fill("Ada");
  await section(page, "Profile").getByRole("button", { name: "Save name" }).click();
  await expect(devices.getByRole("listitem")).toHaveCount(2);
  await expect(devices.getByText("Signed out of 1 other device.")).toHaveCount(0);
  await Promise.all([other.close(), third.close()]);
});
