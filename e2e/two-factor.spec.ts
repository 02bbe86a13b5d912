// Two-factor (TOTP) with recovery codes (lib/two-factor/): set up on /account with a code computed
// here from the key the page shows, then each sign-in by a first factor (OIDC here, which any number
// of sign-ins may use; email links are limited per address) is half-signed-in until a code is given
// on /two-factor, and that session reaches nothing else. Codes and recovery codes work once; wrong
// ones hit the per-user limit.
import type { Browser, Page } from "@playwright/test";
import { NUMBER_SETTINGS } from "../lib/env/settings";
import { WRONG_CODE_MESSAGE } from "../lib/messages/two-factor";
import { addVirtualAuthenticator, expect, PASSKEYS_OFF, signInWithOidc, test, withoutPasskeyAutofill } from "./fixtures";
import { scaled } from "../tooling/harness/timeouts";
import { signOut } from "./support/sign-out";
import { codeFor, setupKey, turnOnTwoFactor } from "./support/two-factor";

const ATTEMPTS = NUMBER_SETTINGS.TWO_FACTOR_ATTEMPTS.default;

/** A fresh browser (no session at the app or the provider) signed in by OIDC as `login`. */
async function firstFactor(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithOidc(page, login);
  return page;
}

async function giveCode(page: Page, code: string): Promise<void> {
  await page.getByLabel("Code").fill(code);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
}

/** A refused code: once the action has answered (React then resets the form), its sentence. */
async function expectRefused(page: Page, message: string | RegExp): Promise<void> {
  await expect(page.getByRole("button", { name: "Continue", exact: true })).toBeEnabled();
  await expect(page.getByLabel("Code")).toHaveValue("");
  await expect(page.getByText(message)).toBeVisible();
}

test("two-factor: set up, then each sign-in needs a code or a recovery code, each usable once, guesses limited", async ({ browser, email }) => {
  test.setTimeout(scaled(240_000));

  // Turn on: the key from the page, the first code computed here.
  const owner = await firstFactor(browser, email);
  await owner.goto("/account");
  const section = owner.getByRole("region", { name: "Two-factor authentication" });
  const key = await setupKey(owner);
  expect(key).toHaveLength(20);
  await section.getByLabel("Code from the app").fill("000000");
  await section.getByRole("button", { name: "Turn on" }).click();
  await expect(section.getByText(WRONG_CODE_MESSAGE)).toBeVisible();
  await section.getByLabel("Code from the app").fill(codeFor(key));
  await section.getByRole("button", { name: "Turn on" }).click();
  const listed = section.getByTestId("recovery-codes").getByRole("listitem");
  await expect(listed).toHaveCount(10);
  const recoveryCodes = await listed.allTextContents();
  expect(new Set(recoveryCodes).size).toBe(10);
  await expect(section.getByRole("link", { name: "Download as a text file" })).toHaveAttribute("download", "recovery-codes.txt");
  await owner.reload();
  await expect(section.getByText("On. 10 recovery codes left.")).toBeVisible();
  // The session that turned it on stays signed in.
  await owner.goto("/dashboard");
  await expect(owner).toHaveURL(/\/dashboard$/);

  // A new sign-in: half-signed-in, kept on /two-factor, every other page and API refused.
  const half = await firstFactor(browser, email);
  await expect(half).toHaveURL(/\/two-factor/);
  // Nor does the header pass it for signed in: no address, no Account.
  await expect(half.getByRole("banner").getByRole("link", { name: "Account" })).toHaveCount(0);
  await expect(half.getByRole("banner")).not.toContainText(email);
  for (const path of ["/dashboard", "/account", "/admin", "/"]) {
    await half.goto(path);
    await expect(half, path).toHaveURL(/\/two-factor\?callbackUrl=/);
    await expect(half.getByRole("heading", { name: "Two-factor authentication" })).toBeVisible();
  }
  expect((await half.request.get("/api/me")).status()).toBe(401);
  expect((await half.request.get("/api/admin/users")).status()).toBe(401);
  // Nor can it add a way in through Auth.js's own routes: a passkey it registered would then sign in as both factors.
  expect((await half.request.get("/api/auth/webauthn-options/passkey?action=register")).status()).toBe(403);
  // A code one step ahead: the step of the setup code is spent.
  const code = codeFor(key, 1);
  await giveCode(half, code);
  // Back to the page it asked for last (/).
  await half.waitForURL((url) => url.pathname === "/");
  expect((await half.request.get("/api/me")).status()).toBe(200);
  await half.goto("/account");
  await expect(half).toHaveURL(/\/account$/);

  // The same code again, from another sign-in: refused; a recovery code works once.
  const replay = await firstFactor(browser, email);
  await giveCode(replay, code);
  await expectRefused(replay, WRONG_CODE_MESSAGE);
  await giveCode(replay, recoveryCodes[0]!.toUpperCase());
  await replay.waitForURL((url) => url.pathname === "/dashboard");
  await replay.goto("/account");
  await expect(replay.getByRole("region", { name: "Two-factor authentication" }).getByText("On. 9 recovery codes left.")).toBeVisible();

  const again = await firstFactor(browser, email);
  await giveCode(again, recoveryCodes[0]!);
  await expectRefused(again, WRONG_CODE_MESSAGE);
  // Wrong codes so far: one at setup, the replay, the reused recovery code. Guess (junk too, which
  // is refused like any wrong code, never with an error page) until the limit.
  const guesses = ["'; DROP TABLE users; --", `${"9".repeat(5000)}💥`, "123456"];
  for (let i = 3; i < ATTEMPTS; i++) {
    await giveCode(again, guesses[(i - 3) % guesses.length]!);
    await expectRefused(again, WRONG_CODE_MESSAGE);
  }
  await giveCode(again, "111111");
  await expectRefused(again, /^Too many wrong codes\. Try again in \d+ minutes\.$/);
  // Over the limit even the right code is refused, and the session stays half-signed-in.
  await giveCode(again, recoveryCodes[1]!);
  await expectRefused(again, /^Too many wrong codes/);
  expect((await again.request.get("/api/me")).status()).toBe(401);
});

test("two-factor: a passkey counts as both factors; new recovery codes replace the old; turned off, no code is asked", async ({ browser, email, passkeysOffered }) => {
  test.skip(!passkeysOffered, PASSKEYS_OFF);
  test.setTimeout(scaled(240_000));
  const page = await firstFactor(browser, email);
  await addVirtualAuthenticator(page);
  await page.goto("/account");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Passkey added." })).toBeVisible();
  const section = page.getByRole("region", { name: "Two-factor authentication" });
  const listed = section.getByTestId("recovery-codes").getByRole("listitem");
  const { recoveryCodes: first } = await turnOnTwoFactor(page);

  // A passkey sign-in goes straight in (by the button; autofill takes the same route, passkeys.spec.ts).
  await signOut(page);
  await withoutPasskeyAutofill(page);
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await page.waitForURL((url) => url.pathname === "/dashboard");

  await page.goto("/account");
  await section.getByRole("button", { name: "New recovery codes" }).click();
  await expect(listed).toHaveCount(10);
  await expect(listed.first()).not.toHaveText(first[0]!);
  const fresh = await listed.allTextContents();
  const half = await firstFactor(browser, email);
  await giveCode(half, first[1]!);
  await expectRefused(half, WRONG_CODE_MESSAGE);
  await giveCode(half, fresh[1]!);
  await half.waitForURL((url) => url.pathname === "/dashboard");

  await page.goto("/account");
  await section.getByRole("button", { name: "Turn off two-factor" }).click();
  await expect(section.getByText(/^Off\./)).toBeVisible();
  const plain = await firstFactor(browser, email);
  await expect(plain).toHaveURL(/\/dashboard$/);
});
