import type { Page } from "@playwright/test";
import { authErrorMessage } from "../lib/messages/auth-errors";
import { signedInUserId, expect, hasSessionCookie, signInWithEmail, signInWithOidc, test, uniqueEmail } from "./fixtures";
import { loginAtIdp } from "./support/sign-in";
import { signOut } from "./support/sign-out";

const IDP = "Test IdP";

async function linkIdp(page: Page, login: string): Promise<void> {
  await page.goto("/account");
  await page.getByRole("button", { name: `Link ${IDP}`, exact: true }).click();
  await loginAtIdp(page, login);
}

test("a signed-in user links the OIDC provider and can then sign in with it", async ({ page, browser, email, db }, testInfo) => {
  await signInWithEmail(page, email);
  const user = await db.userByEmail(email);
  // Another address at the provider: the link comes from the session, not from matching emails.
  const login = uniqueEmail(testInfo, "idp");

  await linkIdp(page, login);

  await page.waitForURL((url) => url.pathname === "/account");
  const methods = page.getByRole("region", { name: "Sign-in methods" });
  await expect(methods.getByRole("button", { name: `Unlink ${IDP}` })).toBeVisible();
  await expect(methods.getByRole("button", { name: `Link ${IDP}`, exact: true })).toHaveCount(0);
  // The provider account id is the provider's business, never the page's.
  await expect(page.getByText(login)).toHaveCount(0);
  expect(await db.usersByEmail(email)).toHaveLength(1);
  expect(await db.usersByEmail(login)).toEqual([]);
  expect(await db.accountsOf(user.id)).toEqual([{ user_id: user.id, type: "oidc", provider: "oidc", provider_account_id: login }]);

  await signOut(page);
  // A fresh browser: this one still has a session at the provider, which would skip its login screen.
  const context = await browser.newContext();
  const later = await context.newPage();
  await signInWithOidc(later, login);

  await later.goto("/dashboard");
  expect(await signedInUserId(later)).toBe(user.id);
  expect(await db.usersByEmail(login)).toEqual([]);
  await context.close();
});

test("a user with a proven email address can unlink the provider again", async ({ page, email, db }, testInfo) => {
  await signInWithEmail(page, email);
  const user = await db.userByEmail(email);
  await linkIdp(page, uniqueEmail(testInfo, "idp"));
  await page.waitForURL((url) => url.pathname === "/account");

  await page.getByRole("button", { name: `Unlink ${IDP}` }).click();

  await expect(page.getByRole("button", { name: `Link ${IDP}`, exact: true })).toBeVisible();
  expect(await db.accountsOf(user.id)).toEqual([]);
});

test("a signed-out OIDC sign-in with another user's email address is refused", async ({ page, browser, email, db }) => {
  await signInWithEmail(page, email);
  const owner = await db.userByEmail(email);

  // Someone else, signed out, whose account at the provider claims the same address.
  const context = await browser.newContext();
  const stranger = await context.newPage();
  await stranger.goto("/signin");
  await stranger.getByRole("button", { name: `Continue with ${IDP}` }).click();
  await loginAtIdp(stranger, email);

  // Auth.js sends this error to the sign-in page, which explains it.
  await stranger.waitForURL((url) => url.pathname === "/signin");
  expect(new URL(stranger.url()).searchParams.get("error")).toBe("OAuthAccountNotLinked");
  await expect(stranger.getByRole("alert").filter({ hasText: authErrorMessage("OAuthAccountNotLinked") })).toBeVisible();
  expect(await hasSessionCookie(stranger)).toBe(false);
  expect((await db.usersByEmail(email)).map((user) => user.id)).toEqual([owner.id]);
  expect(await db.accountsOf(owner.id)).toEqual([]);
  await context.close();
});

test("a provider account that belongs to another user is not linked", async ({ page, browser, email, db }, testInfo) => {
  const login = uniqueEmail(testInfo, "idp");
  await signInWithOidc(page, login);
  const owner = await db.userByEmail(login);

  const context = await browser.newContext();
  const other = await context.newPage();
  await signInWithEmail(other, email);
  const otherUser = await db.userByEmail(email);
  const app = new URL(other.url()).origin;
  await linkIdp(other, login);

  // Back in the app (Auth.js sends the error to /signin, which passes a signed-in user on), still
  // signed in as themselves, and nothing linked.
  await other.waitForURL((url) => url.origin === app && !url.pathname.startsWith("/api/auth/"));
  await other.goto("/dashboard");
  expect(await signedInUserId(other)).toBe(otherUser.id);
  expect(await db.accountsOf(otherUser.id)).toEqual([]);
  expect(await db.accountsOf(owner.id)).toEqual([{ user_id: owner.id, type: "oidc", provider: "oidc", provider_account_id: login }]);
  await context.close();
});
