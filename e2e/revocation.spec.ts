// Sessions end for every copy of their cookie, within SESSION_REFRESH_SECONDS (2 s in the suite):
// sign-out deletes the session's row, and the next check of any copy finds none. Each kind of
// request is tried with a copy: a page, an API route, and a route only the middleware guards.
import type { Browser, BrowserContext, Cookie, Page } from "@playwright/test";
import { SESSION_REFRESH_SECONDS } from "../tooling/harness/run-env";
import { scaled } from "../tooling/harness/timeouts";
import { contextWithCookies, sessionCookies } from "./support/session-cookie";
import { signOut } from "./support/sign-out";
import { expect, hasSessionCookie, openMagicLink, requestMagicLink, signInWithEmail, test, watchRequests } from "./fixtures";

// The bound, plus what a few page loads of a production build take on a busy machine.
const WITHIN_BOUND = { timeout: SESSION_REFRESH_SECONDS * 1000 + scaled(15_000) };
// A path under a protected prefix with no page: only the middleware decides it (a 404 page for a
// session it lets through, the sign-in page otherwise), as for any page that never reads the session.
const MIDDLEWARE_ONLY = "/dashboard/middleware-only-probe";

async function signedInContext(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithEmail(page, email);
  return { context, page };
}

/**
 * Polls until a page load of `path` no longer gets in, and lands on "Your session has ended"
 * (whichever request met the end: this page load, or a prefetch before it).
 */
async function expectSignedOutOnPage(page: Page, path: string): Promise<void> {
  await expect(async () => {
    await page.goto(path);
    expect(new URL(page.url()).pathname).toBe("/session-ended");
  }).toPass(WITHIN_BOUND);
  await expect(page.getByRole("heading", { name: "Your session has ended" })).toBeVisible();
  expect(await hasSessionCookie(page), "the ended session's cookie was not cleared").toBe(false);
}

async function replay(browser: Browser, cookies: Cookie[], use: (context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await contextWithCookies(browser, cookies);
  try {
    await use(context);
  } finally {
    await context.close();
  }
}

test("a cookie copied before sign-out stops working within the bound: on a page, an API and a middleware-only route", async ({ browser, email, db }) => {
  const { context, page } = await signedInContext(browser, email);
  const user = await db.userByEmail(email);
  const copied = await sessionCookies(context);
  // The copy works while the session lives, everywhere.
  await replay(browser, copied, async (copy) => {
    expect((await copy.request.get("/api/me")).status()).toBe(200);
    const probe = await (await copy.newPage()).goto(MIDDLEWARE_ONLY);
    expect(probe?.status(), "the middleware let the live session through to the 404 page").toBe(404);
  });
  expect(await db.sessionsOf(user.id)).toHaveLength(1);

  await page.goto("/dashboard");
  await signOut(page);
  expect(await db.sessionsOf(user.id)).toEqual([]);

  await replay(browser, copied, async (copy) => {
    await expectSignedOutOnPage(await copy.newPage(), "/dashboard");
  });
  await replay(browser, copied, async (copy) => {
    await expect(async () => {
      const api = await copy.request.get("/api/me");
      expect(api.status()).toBe(401);
      expect(await api.json()).toEqual({ error: "unauthorized" });
    }).toPass(WITHIN_BOUND);
  });
  await replay(browser, copied, async (copy) => {
    await expectSignedOutOnPage(await copy.newPage(), MIDDLEWARE_ONLY);
  });
  await context.close();
});

test("“Sign out of all other devices” ends the other browser within the bound and keeps this one", async ({ browser, email, db }) => {
  const other = await signedInContext(browser, email);
  const here = await signedInContext(browser, email);
  const user = await db.userByEmail(email);
  expect(await db.sessionsOf(user.id)).toHaveLength(2);

  await here.page.goto("/account");
  const devices = here.page.getByRole("region", { name: "Devices" });
  await expect(devices.getByRole("listitem")).toHaveCount(2);
  // This device first; named from the User-Agent: Playwright's "Desktop Chrome" profile sends a Windows one.
  await expect(devices.getByRole("listitem").first()).toContainText("This device");
  await expect(devices.getByRole("listitem").first()).toContainText("Chrome on Windows");
  // Two browsers of one kind: told apart by how they signed in and when ("now", "2 minutes ago"),
  // with the exact time on hover.
  await expect(devices.getByRole("listitem").first()).toContainText("Signed in with Email link");
  for (const time of await devices.getByRole("listitem").locator("time").all()) {
    await expect(time).toHaveText(/now|minute/);
    await expect(time).toHaveAttribute("title", /\d:\d\d/);
  }

  await devices.getByRole("button", { name: "Sign out of all other devices" }).click();
  await expect(devices.getByRole("status").filter({ hasText: "Signed out of 1 other device." })).toBeVisible();
  await expect(devices.getByRole("listitem")).toHaveCount(1);
  await expect(devices.getByRole("listitem")).toContainText("This device");
  const [kept] = await db.sessionsOf(user.id);
  expect(await db.sessionsOf(user.id)).toHaveLength(1);

  await expectSignedOutOnPage(other.page, "/dashboard");
  expect((await other.context.request.get("/api/me")).status()).toBe(401);

  // This browser's session went through its own check meanwhile (the bound has passed), and lives on.
  await expect(async () => {
    await here.page.goto("/dashboard");
    await expect(here.page.getByText(`Signed in as ${email}`)).toBeVisible();
    const [row] = await db.sessionsOf(user.id);
    expect(row?.last_seen_at.getTime()).toBeGreaterThan(kept?.last_seen_at.getTime() ?? Infinity);
  }).toPass(WITHIN_BOUND);
  expect((await here.context.request.get("/api/me")).status()).toBe(200);
  await other.context.close();
  await here.context.close();
});

test("a device appears on /account when it signs in and goes when it is signed out there", async ({ browser, email, db }) => {
  const here = await signedInContext(browser, email);
  const user = await db.userByEmail(email);
  await here.page.goto("/account");
  const devices = here.page.getByRole("region", { name: "Devices" });
  await expect(devices.getByRole("listitem")).toHaveCount(1);
  // Alone, there is nobody else to sign out.
  await expect(devices.getByRole("button", { name: "Sign out of all other devices" })).toHaveCount(0);

  const other = await signedInContext(browser, email);
  await here.page.reload();
  await expect(devices.getByRole("listitem")).toHaveCount(2);
  const otherItem = devices.getByRole("listitem").filter({ hasNotText: "This device" });
  await otherItem.getByRole("button", { name: /^Sign out/ }).click();

  await expect(devices.getByRole("listitem")).toHaveCount(1);
  await expect(devices.getByRole("listitem")).toContainText("This device");
  expect(await db.sessionsOf(user.id)).toHaveLength(1);
  await expectSignedOutOnPage(other.page, "/dashboard");

  // Signing in again there is a fresh start: after a later sign-out, protected pages ask to sign
  // in, with no word of the session that ended before.
  await signInWithEmail(other.page, email);
  await other.page.goto("/dashboard");
  await signOut(other.page);
  await other.page.goto("/dashboard");
  await expect(other.page).toHaveURL((url) => url.pathname === "/signin");
  await other.context.close();
  await here.context.close();
});

test("signing in again in the same browser replaces its session instead of adding a device", async ({ browser, page, email, db }) => {
  await signInWithEmail(page, email);
  const user = await db.userByEmail(email);
  const [first] = await db.sessionsOf(user.id);

  // A signed-in browser is sent away from /signin: the link is asked for elsewhere, opened here.
  const elsewhere = await browser.newContext();
  const asking = await elsewhere.newPage();
  await asking.goto("/signin");
  await openMagicLink(page, await requestMagicLink(asking, email));
  await elsewhere.close();

  const rows = await db.sessionsOf(user.id);
  expect(rows).toHaveLength(1);
  expect(rows[0]?.id).not.toBe(first?.id);
});

test("a session due for its check is checked on the way through client-side navigations and server actions", async ({ page, email, db }) => {
  await signInWithEmail(page, email);
  const user = await db.userByEmail(email);
  const [signedIn] = await db.sessionsOf(user.id);
  await page.goto("/account");
  const banner = page.getByRole("banner");

  // Client-side navigations (RSC requests) until one of them meets a due session: the row's last
  // seen time moves, and the user never notices.
  await expect(async () => {
    await banner.getByRole("link", { name: "Account" }).click();
    await expect(page.getByRole("heading", { name: "Account", exact: true })).toBeVisible();
    await banner.getByRole("link", { name: "Edge Auth Starter" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/");
    const [row] = await db.sessionsOf(user.id);
    expect(row?.last_seen_at.getTime()).toBeGreaterThan(signedIn?.last_seen_at.getTime() ?? Infinity);
  }).toPass(WITHIN_BOUND);
  await expect(banner.getByText(email)).toBeVisible();

  // A server action (saving the name) with a due session: the edge answers the POST with a 307 to
  // the check, which answers with a 307 back, and the browser repeats it, body and all, with the new
  // cookie. The page stays still until the database's clock says the last check is older than the bound.
  await page.goto("/account");
  const requests = watchRequests(page);
  await requests.answered();
  const [row] = await db.sessionsOf(user.id);
  await expect.poll(() => db.secondsSinceSeen(row?.id ?? ""), WITHIN_BOUND).toBeGreaterThan(SESSION_REFRESH_SECONDS);
  const repeated: string[] = [];
  page.on("response", (response) => {
    if (response.request().method() === "POST" && response.status() === 307) repeated.push(new URL(response.url()).pathname);
  });
  const profile = page.getByRole("region", { name: "Profile" });
  await profile.getByLabel("Name", { exact: true }).fill("Ada Lovelace");
  await profile.getByRole("button", { name: "Save name" }).click();

  await expect(profile.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  expect((await db.userByEmail(email)).name).toBe("Ada Lovelace");
  expect(repeated).toEqual(["/account", "/api/session/refresh"]);
});
