import type { Locator, Page } from "@playwright/test";
import { addVirtualAuthenticator, definition, expect, hasSessionCookie, signInWithEmail, signInWithOidc, test, uniqueEmail } from "./fixtures";

const section = (page: Page, name: string) => page.getByRole("region", { name });

async function addPasskey(page: Page): Promise<Locator> {
  await page.goto("/account");
  const passkeys = section(page, "Passkeys");
  const before = await passkeys.getByRole("listitem").count();
  await passkeys.getByRole("button", { name: "Add a passkey" }).click();
  await expect(passkeys.getByRole("status").filter({ hasText: "Passkey added." })).toBeVisible();
  await expect(passkeys.getByRole("listitem")).toHaveCount(before + 1);
  return passkeys.getByRole("listitem").last();
}

async function renamePasskey(item: Locator, name: string): Promise<void> {
  await item.getByLabel("Passkey name").fill(name);
  await item.getByRole("button", { name: /^Rename/ }).click();
  await expect(item.getByRole("status")).toHaveText("Saved");
}

test("the name is checked next to its field and saved", async ({ page, email, db }) => {
  await signInWithEmail(page, email);
  await page.goto("/account");
  const profile = section(page, "Profile");
  const name = profile.getByLabel("Name", { exact: true });
  await expect(profile.getByText(email)).toBeVisible();

  await name.fill("x".repeat(81));
  await profile.getByRole("button", { name: "Save name" }).click();

  await expect(name).toHaveAccessibleDescription(/Your name can be at most 80 characters long\./);
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveValue("x".repeat(81));
  await expect(name).toBeFocused();
  expect((await db.userByEmail(email)).name).toBeNull();

  await name.fill("  Ada Lovelace  ");
  await profile.getByRole("button", { name: "Save name" }).click();

  await expect(profile.getByRole("status")).toHaveText("Saved");
  await expect(name).toHaveValue("Ada Lovelace");
  await expect(name).not.toHaveAttribute("aria-invalid");
  expect((await db.userByEmail(email)).name).toBe("Ada Lovelace");
  await page.reload();
  await expect(section(page, "Profile").getByLabel("Name", { exact: true })).toHaveValue("Ada Lovelace");
});

test("the only way to sign in cannot be unlinked", async ({ page, email, db }) => {
  await signInWithOidc(page, email);
  const user = await db.userByEmail(email);
  await page.goto("/account");
  const methods = section(page, "Sign-in methods");

  await methods.getByRole("button", { name: "Unlink Test IdP" }).click();

  await expect(methods.getByRole("alert")).toHaveText(
    "This is your only way to sign in. Add a passkey or sign in by email once before you unlink it.",
  );
  await expect(methods.getByRole("button", { name: "Unlink Test IdP" })).toHaveAccessibleDescription(/only way to sign in/);
  expect(await db.accountsOf(user.id)).toHaveLength(1);
});

test("passkeys can be renamed and deleted", async ({ page, email, db }) => {
  await addVirtualAuthenticator(page);
  await signInWithEmail(page, email);
  const user = await db.userByEmail(email);
  const item = await addPasskey(page);
  await expect(item.getByRole("heading", { name: "Passkey 1" })).toBeVisible();

  await item.getByLabel("Passkey name").fill("   ");
  await item.getByRole("button", { name: /^Rename/ }).click();
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
  expect(await db.authenticatorsOf(user.id)).toEqual([]);
  expect(await db.accountsOf(user.id)).toEqual([]);
});

test("the last passkey cannot be deleted once the provider is unlinked", async ({ page, email, db }) => {
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

test("deleting the account needs the exact email address, then removes every row and signs out", async ({ page, email, db }) => {
  await addVirtualAuthenticator(page);
  await signInWithOidc(page, email);
  const user = await db.userByEmail(email);
  await addPasskey(page);
  expect(await db.accountsOf(user.id)).toHaveLength(2);
  expect(await db.authenticatorsOf(user.id)).toHaveLength(1);

  const danger = section(page, "Delete account");
  const confirmation = danger.getByLabel("Type your email to confirm");
  await confirmation.fill(`not-${email}`);
  await danger.getByRole("button", { name: "Delete account" }).click();

  await expect(confirmation).toHaveAccessibleDescription(`That doesn't match. Type ${email} exactly.`);
  await expect(confirmation).toHaveValue(`not-${email}`);
  expect(await db.usersByEmail(email)).toHaveLength(1);

  await confirmation.fill(email);
  await danger.getByRole("button", { name: "Delete account" }).click();

  await page.waitForURL((url) => url.pathname === "/");
  expect(await hasSessionCookie(page)).toBe(false);
  expect(await db.usersByEmail(email)).toEqual([]);
  expect(await db.accountsOf(user.id)).toEqual([]);
  expect(await db.authenticatorsOf(user.id)).toEqual([]);
  await page.goto("/account");
  await expect(page).toHaveURL((url) => url.pathname === "/signin");
});

test("two people signed in at once each see and change only their own account", async ({ page, browser, email, db }, testInfo) => {
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
      await expect(section(person.page, "Profile").getByRole("status")).toHaveText("Saved");
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

  await pointAtAlice(bobItem.locator("form").filter({ has: bob.page.getByLabel("Passkey name") }));
  await bobItem.getByLabel("Passkey name").fill("Taken over");
  await bobItem.getByRole("button", { name: /^Rename/ }).click();
  await expect(bobItem.getByLabel("Passkey name")).toHaveAccessibleDescription(/no longer on your account/);

  await pointAtAlice(bobItem.locator("form").filter({ has: bob.page.getByRole("button", { name: /^Delete/ }) }));
  await Promise.all([actionDone(), bobItem.getByRole("button", { name: /^Delete/ }).click()]);

  expect(await db.authenticatorsOf(aliceUser.id)).toEqual([alicePasskey]);
  expect((await db.accountsOf(aliceUser.id)).map((account) => account.type)).toEqual(["webauthn"]);
  await alice.page.goto("/dashboard");
  await expect(definition(alice.page, "User ID")).toHaveText(aliceUser.id);
  await context.close();
});
