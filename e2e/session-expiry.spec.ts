// Idle and absolute expiry, on a server of the same build whose days are seconds: a session unused
// for SESSION_IDLE_DAYS ends, a session used all along still ends at SESSION_MAX_DAYS.
import type { Browser, Page } from "@playwright/test";
import { Cleanup } from "../tooling/harness/cleanup";
import { startSecondApp, type SecondApp } from "../tooling/harness/second-app";
import { scaled } from "../tooling/harness/timeouts";
import { contextWithCookies, sessionCookies } from "./support/session-cookie";
import { expect, hasSessionCookie, signInWithEmail, test } from "./fixtures";

// The windows scale with E2E_TIMEOUT_FACTOR too: a session "in use" is one whose page loads come
// less than IDLE_SECONDS apart, so the idle window must outlast the slowest page load of the machine.
const IDLE_SECONDS = scaled(5_000) / 1000;
const MAX_SECONDS = scaled(25_000) / 1000;
const days = (seconds: number) => String(seconds / 86_400);

// One server for the file, so its tests run in one worker, one after the other.
test.describe.configure({ mode: "serial" });
const cleanup = new Cleanup();
let app: SecondApp;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(scaled(90_000));
  app = await startSecondApp({
    name: "session-expiry",
    env: { SESSION_REFRESH_SECONDS: "1", SESSION_IDLE_DAYS: days(IDLE_SECONDS), SESSION_MAX_DAYS: days(MAX_SECONDS) },
    cleanup,
  });
});
test.afterAll(() => cleanup.run());

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  // Every localhost port shares one cookie jar: this context only ever talks to the second server.
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();
  await signInWithEmail(page, email);
  return page;
}

async function expectSignedIn(page: Page, email: string): Promise<void> {
  await page.goto("/dashboard");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
}

test("a session in use outlives the idle limit; left unused for it, it ends", async ({ browser, email, db }) => {
  test.slow();
  const page = await signedInPage(browser, email);
  const user = await db.userByEmail(email);
  const [session] = await db.sessionsOf(user.id);
  if (!session) throw new Error("no session row after sign-in");

  // The cookie and its JWT live as long as the idle limit, renewed at each check.
  const [cookie] = await sessionCookies(page.context());
  expect(cookie?.expires).toBeLessThanOrEqual(Date.now() / 1000 + IDLE_SECONDS + 1);

  // In use for longer than the idle limit, by the database's clock: every page load finds the
  // session alive, however many it takes to get there.
  do await expectSignedIn(page, email);
  while (((await db.secondsSinceSignIn(session.id)) ?? 0) <= IDLE_SECONDS + 2);
  expect((await db.sessionsOf(user.id)).map((row) => row.id)).toEqual([session.id]);

  // Then unused. The browser would drop the cookie with its expiry; a client that keeps a copy
  // (as here) still meets the session's check, which finds it idle by the database's clock.
  const idleCopy = await contextWithCookies(browser, await sessionCookies(page.context()));
  await page.context().close();
  await expect.poll(() => db.secondsSinceSeen(session.id), { timeout: IDLE_SECONDS * 1000 + scaled(25_000) }).toBeGreaterThan(IDLE_SECONDS);
  const later = await idleCopy.newPage();
  await later.goto(`${app.url}/dashboard`);
  await expect(later).toHaveURL((url) => url.pathname === "/session-ended");
  expect(await hasSessionCookie(later)).toBe(false);
  expect(await db.sessionsOf(user.id)).toEqual([]);
  await idleCopy.close();
});

test("a session used all the time still ends at its maximum age", async ({ browser, email, db }) => {
  test.slow();
  const page = await signedInPage(browser, email);
  const user = await db.userByEmail(email);

  // Kept busy until the server ends it; it never goes idle, so only its age can. The request that
  // meets the end may be a page load or the page's own prefetch: either way the next page says so.
  await expect(async () => {
    await page.goto("/dashboard");
    expect(new URL(page.url()).pathname).toBe("/session-ended");
  }).toPass({ intervals: [500], timeout: MAX_SECONDS * 1000 + scaled(20_000) });
  await expect(page.getByRole("heading", { name: "Your session has ended" })).toBeVisible();
  expect(await hasSessionCookie(page)).toBe(false);
  expect(await db.sessionsOf(user.id)).toEqual([]);
  await page.context().close();
});
