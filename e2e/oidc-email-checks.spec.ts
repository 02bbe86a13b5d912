import type { Page } from "@playwright/test";
import { UNVERIFIED_LOGIN_PREFIX } from "../tooling/harness/idp-accounts";
import { OIDC_PROVIDER_NAME } from "../tooling/harness/run-env";
import { signedInUserId, expect, hasSessionCookie, signInWithEmail, signInWithOidc, test, uniqueEmail } from "./fixtures";

/** Starts an OIDC sign-in and logs in at the provider; where it ends is the test's business. */
async function loginAtIdp(page: Page, login: string): Promise<void> {
  await page.goto("/signin");
  await page.getByRole("button", { name: `Continue with ${OIDC_PROVIDER_NAME}` }).click();
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("an OIDC identity whose provider has not verified its email address is refused", async ({ page, db, baseURL }, testInfo) => {
  const login = uniqueEmail(testInfo, UNVERIFIED_LOGIN_PREFIX.slice(0, -1));
  expect(login.startsWith(UNVERIFIED_LOGIN_PREFIX), "the login must be one the test IdP marks unverified").toBe(true);
  const app = new URL(baseURL ?? "").origin;

  await loginAtIdp(page, login);

  await page.waitForURL((url) => url.origin === app && url.pathname === "/auth-error");
  expect(new URL(page.url()).searchParams.get("error")).toBe("AccessDenied");
  await expect(page.getByRole("heading", { name: "Sign-in problem" })).toBeVisible();
  expect(await hasSessionCookie(page)).toBe(false);
  expect(await db.usersByEmail(login)).toEqual([]);
  expect(await db.oidcAccounts(login)).toEqual([]);
});

test("an OIDC address with capitals is stored lower-cased, and a magic link to it finds the same user", async ({ page, browser, db }, testInfo) => {
  // The test id has capitals that could make two spellings of one address differ elsewhere too:
  // lower-case the unique part, so only the deliberate capitals remain.
  const unique = `${testInfo.testId}-${Date.now()}`.toLowerCase();
  const login = `Mixed.${unique}@Example.test`;
  const email = login.toLowerCase();

  await signInWithOidc(page, login);

  const user = await db.userByEmail(email);
  expect(user.email).toBe(email);
  // Looked up exactly as sent, the capitalised spelling was never stored.
  expect(await db.usersByEmail(login)).toEqual([]);
  // The provider's account id is its own business and stays as it sent it.
  expect(await db.accountsOf(user.id)).toEqual([{ user_id: user.id, type: "oidc", provider: "oidc", provider_account_id: login }]);

  // Another browser, so the OIDC session does not make /signin pass the visitor on.
  const context = await browser.newContext();
  const later = await context.newPage();
  await signInWithEmail(later, email);

  await later.goto("/dashboard");
  expect(await signedInUserId(later)).toBe(user.id);
  expect((await db.usersByEmail(email)).map((row) => row.id)).toEqual([user.id]);
  await context.close();
});
