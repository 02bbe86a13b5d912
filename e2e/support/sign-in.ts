// Real sign-ins through the app's own pages: the magic link comes from the SMTP sink, the OIDC
// login goes through the identity provider's development screens.
import { expect, type Page } from "@playwright/test";
import { OIDC_PROVIDER_NAME } from "../../tooling/harness/run-env";
import { lastEmailTo, magicLinkIn } from "../../tooling/harness/mailbox";

/** Submits the email form on the sign-in page the browser shows, and returns the emailed link. */
export async function requestMagicLink(page: Page, email: string): Promise<string> {
  const since = new Date();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  return magicLinkIn(await lastEmailTo(email, { since }));
}

/** Opens a sign-in link in `page`, as clicking it in the mail would, and checks it signed in. */
export async function openMagicLink(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await expectSessionCookie(page, "opening the sign-in link");
}

/** The whole magic-link flow from /signin; returns the link, already used. */
export async function signInWithEmail(page: Page, email: string): Promise<string> {
  await page.goto("/signin");
  const link = await requestMagicLink(page, email);
  await openMagicLink(page, link);
  return link;
}

/**
 * Signs in through the OIDC provider, whose dev login turns `login` into the account and its email.
 * Expects a browser context with no session at the provider yet: one would skip its login screen.
 */
export async function signInWithOidc(page: Page, login: string): Promise<void> {
  await page.goto("/signin");
  const app = new URL(page.url()).origin;
  await page.getByRole("button", { name: `Continue with ${OIDC_PROVIDER_NAME}` }).click();
  await loginAtIdp(page, login);
  await page.waitForURL((url) => url.origin === app && !url.pathname.startsWith("/api/auth/"));
  await expectSessionCookie(page, "signing in with OIDC");
}

/** The identity provider's development login (any password) and consent screens, reached from the app. */
export async function loginAtIdp(page: Page, login: string): Promise<void> {
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // Then its consent screen, for the scopes the app asked for.
  await page.getByRole("button", { name: "Continue" }).click();
}

export async function hasSessionCookie(page: Page): Promise<boolean> {
  // Named __Secure-authjs.session-token over https, and split into .0, .1… when large.
  return (await page.context().cookies()).some((cookie) => cookie.name.includes("authjs.session-token"));
}

async function expectSessionCookie(page: Page, step: string): Promise<void> {
  expect(await hasSessionCookie(page), `no session cookie after ${step}; the browser is at ${page.url()}`).toBe(true);
}
