import { SESSION_REFRESH_SECONDS } from "../tooling/harness/run-env";
import { scaled } from "../tooling/harness/timeouts";
import { expect, hasSessionCookie, signInWithEmail, test } from "./fixtures";

test("a session whose account was deleted elsewhere ends on /session-ended, without a redirect loop", async ({ page, browser, email, db }) => {
  // One user, two browsers: each signs in with a magic link of its own.
  await signInWithEmail(page, email);
  const user = await db.userByEmail(email);
  const context = await browser.newContext();
  const other = await context.newPage();
  await signInWithEmail(other, email);
  await other.goto("/dashboard");
  await expect(other.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  await page.goto("/account");
  const danger = page.getByRole("region", { name: "Danger zone" });
  await danger.getByRole("button", { name: "Delete account…" }).click();
  await danger.getByLabel("Type your email to confirm").fill(email);
  await danger.getByRole("button", { name: "Delete account", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/account-deleted");
  expect(await db.usersByEmail(email)).toEqual([]);

  // The other browser's cookie is still a valid JWT, and the edge trusts it until its session check
  // is due, SESSION_REFRESH_SECONDS after the last one; the check then finds no row (deleted with the
  // account). Until then the dashboard may still show, so poll instead of sleeping; the timeout is
  // the bound plus what a few page loads of a production build take. A redirect loop must fail at
  // once, not be retried away, hence it is recorded and the polling stopped.
  let loop: string | undefined;
  await expect(async () => {
    try {
      await other.goto("/dashboard");
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!message.includes("ERR_TOO_MANY_REDIRECTS")) throw error;
      loop = message;
      return;
    }
    expect(new URL(other.url()).pathname).toBe("/session-ended");
    // Within the refresh interval, plus what a few page loads of a production build take.
  }).toPass({ intervals: [250, 500], timeout: SESSION_REFRESH_SECONDS * 1000 + scaled(10_000) });
  expect(loop, "the stale session cookie sent the browser round in circles").toBeUndefined();
  await expect(other.getByRole("heading", { name: "Your session has ended" })).toBeVisible();

  await other.getByRole("button", { name: "Sign in again" }).click();

  await other.waitForURL((url) => url.pathname === "/signin");
  await expect(other.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(other.getByLabel("Email address")).toBeVisible();
  expect(await hasSessionCookie(other), "the dead session cookie outlived “Sign in again”").toBe(false);
  // Told once: a protected page now simply asks to sign in.
  await other.goto("/dashboard");
  await expect(other).toHaveURL((url) => url.pathname === "/signin");
  expect(await db.usersByEmail(email)).toEqual([]);
  expect(await db.accountsOf(user.id)).toEqual([]);
  await context.close();
});

test("a signed-in visitor who opens /session-ended is sent to the dashboard, still signed in", async ({ signedInPage, signedInUser }) => {
  await signedInPage.goto("/session-ended");
  await expect(signedInPage).toHaveURL((url) => url.pathname === "/dashboard");
  await expect(signedInPage.getByText(`Signed in as ${signedInUser.email}`)).toBeVisible();
  await expect(signedInPage.getByRole("button", { name: "Sign in again" })).toHaveCount(0);
  expect(await hasSessionCookie(signedInPage)).toBe(true);
});
