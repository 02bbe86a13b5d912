import type { Page } from "@playwright/test";
import { addVirtualAuthenticator, signedInUserId, expect, hasSessionCookie, newSignedInContext, PASSKEYS_OFF, signInWithEmail, test, uniqueEmail, withoutPasskeyAutofill } from "./fixtures";
import { signOut } from "./support/sign-out";

test.beforeEach(({ passkeysOffered }) => {
  test.skip(!passkeysOffered, PASSKEYS_OFF);
});

async function addPasskey(page: Page): Promise<void> {
  await page.goto("/account");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Passkey added." })).toBeVisible();
}

/** With the sign-in page's button (autofill, which would answer first, is tested on its own). */
async function signInWithPasskey(page: Page): Promise<void> {
  await withoutPasskeyAutofill(page);
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await page.waitForURL((url) => url.pathname === "/dashboard");
}

test("a passkey added on the account page signs its user in again", async ({ page, email, db }) => {
  const device = await addVirtualAuthenticator(page);
  await signInWithEmail(page, email);
  const user = await db.userByEmail(email);

  await addPasskey(page);
  const passkeys = page.getByRole("region", { name: "Passkeys" });
  await expect(passkeys.getByRole("heading", { name: "Passkey 1" })).toBeVisible();
  await expect(passkeys.getByText("Never used")).toBeVisible();
  const [added, ...others] = await db.authenticatorsOf(user.id);
  expect(others).toEqual([]);
  expect(added).toMatchObject({ user_id: user.id, name: "Passkey 1", last_used_at: null });
  expect(await device.credentialIds()).toHaveLength(1);

  await signOut(page);
  await signInWithPasskey(page);

  expect(await signedInUserId(page)).toBe(user.id);
  const [used] = await db.authenticatorsOf(user.id);
  expect(used?.credential_id).toBe(added?.credential_id);
  expect(used?.counter).toBeGreaterThan(added?.counter ?? Infinity);
  expect(used?.last_used_at).toBeInstanceOf(Date);
  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Passkeys" }).getByText(/Last used/)).toBeVisible();
});

test("the sign-in page offers passkeys in the email field's autofill, and one picked there signs in", async ({ page, email, db }) => {
  // What the page asks the browser for (a conditional request is the one autofill answers) and what
  // the email field offers at that moment. Recorded on the test's side: the virtual authenticator may
  // answer, and the page navigate away, before a question put to the page could be answered.
  const asked: string[] = [];
  await page.exposeBinding("recordCredentialRequest", (_source, request: string) => asked.push(request));
  await page.addInitScript(() => {
    const get = navigator.credentials.get.bind(navigator.credentials);
    navigator.credentials.get = (options) => {
      const field = document.getElementById("email")?.getAttribute("autocomplete");
      (window as unknown as { recordCredentialRequest: (request: string) => void }).recordCredentialRequest(`${options?.mediation ?? "optional"} (${field})`);
      return get(options);
    };
  });
  await addVirtualAuthenticator(page);
  await signInWithEmail(page, email);
  const user = await db.userByEmail(email);
  await addPasskey(page);
  await signOut(page);

  asked.length = 0;
  await page.goto("/signin");
  // Chromium's virtual authenticator answers a conditional request with its passkey, as a person
  // picking it from the suggestions would; nothing on the page is clicked.
  await page.waitForURL((url) => url.pathname === "/dashboard");
  expect(asked).toEqual(["conditional (username webauthn)"]);
  expect(await signedInUserId(page)).toBe(user.id);
  expect((await db.authenticatorsOf(user.id))[0]?.last_used_at).toBeInstanceOf(Date);
});

test("each passkey signs in the user who added it, never another", async ({ page, browser, email, db }, testInfo) => {
  await addVirtualAuthenticator(page);
  await signInWithEmail(page, email);
  const first = await db.userByEmail(email);
  await addPasskey(page);

  const secondEmail = uniqueEmail(testInfo, "second");
  const context = await browser.newContext();
  const second = await context.newPage();
  const secondDevice = await addVirtualAuthenticator(second);
  await signInWithEmail(second, secondEmail);
  const secondUser = await db.userByEmail(secondEmail);
  await addPasskey(second);
  // The second device holds only the second user's passkey.
  const [secondCredential] = await db.authenticatorsOf(secondUser.id);
  expect(await secondDevice.credentialIds()).toHaveLength(1);
  const firstCounter = (await db.authenticatorsOf(first.id))[0]?.counter;

  await signOut(second);
  await signInWithPasskey(second);

  expect(await signedInUserId(second)).toBe(secondUser.id);
  expect(secondUser.id).not.toBe(first.id);
  expect((await db.authenticatorsOf(secondUser.id))[0]?.counter).toBeGreaterThan(secondCredential?.counter ?? Infinity);
  // The first user's passkey was not the one used.
  expect((await db.authenticatorsOf(first.id))[0]).toMatchObject({ counter: firstCounter, last_used_at: null });
  await context.close();
});

test("a browser without a passkey is told so on the sign-in page", async ({ page }) => {
  await addVirtualAuthenticator(page);
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "No passkey was used" })).toBeVisible();
  expect(await hasSessionCookie(page)).toBe(false);
});

test("signed out, nobody can register a passkey for an address", async ({ request, browser, email }, testInfo) => {
  const registerUrl = `/api/auth/webauthn-options/passkey?${new URLSearchParams({ action: "register", email })}`;
  // The positive control: the same request from a signed-in browser gets registration options, so
  // the 403 below comes from the guard, not from an endpoint that fails for everyone. Signed in,
  // Auth.js registers for the session's user whatever address the query names.
  const signedInEmail = uniqueEmail(testInfo, "signed-in");
  const context = await newSignedInContext(browser, signedInEmail, "user");
  const page = await context.newPage();
  const allowed = await page.request.get(registerUrl);
  expect(allowed.status()).toBe(200);
  const body: unknown = await allowed.json();
  expect(body).toMatchObject({ action: "register", options: { challenge: expect.any(String), user: { name: signedInEmail } } });
  await context.close();

  const register = await request.get(registerUrl);
  expect(register.status()).toBe(403);
  // Without an action, Auth.js would infer registration for an unknown address.
  const inferred = await request.get(`/api/auth/webauthn-options/passkey?${new URLSearchParams({ email })}`);
  expect(inferred.status()).toBe(403);
});
