// The database stops under a signed-in browser and starts again, the app running throughout: pages
// without data keep working, pages with data show "temporarily unavailable" (503) with a way back,
// forms say so next to the field and keep what was typed, JSON APIs answer 503, a non-admin on
// /admin still gets the plain 403 page; then everything works again without a restart. A
// PostgreSQL and a server of its own: the suite's keeps running.
import type { Page } from "@playwright/test";
import { APP_NAME } from "../app/_components/site-name";
import { Cleanup } from "../tooling/harness/cleanup";
import { scaled } from "../tooling/harness/timeouts";
import { startOwnPostgres, type OwnPostgres } from "./support/own-postgres";
import { startSecondApp, type SecondApp } from "../tooling/harness/second-app";
import { UNAVAILABLE_ACTION_MESSAGE, UNAVAILABLE_SIGN_IN_MESSAGE, UNAVAILABLE_SIGN_OUT_MESSAGE, UNAVAILABLE_TITLE } from "../lib/messages/unavailable";
import { expect, hasSessionCookie, requestMagicLink, runUserRoleScript, signInWithEmail, test, uniqueEmail } from "./fixtures";

const cleanup = new Cleanup();
let db: OwnPostgres;
let server: SecondApp;
/**
 * The revocation bound of this spec's server. A session whose check cannot run is kept one interval
 * past its last check at most (lib/auth/session-token.ts): long enough for the sessions signed in
 * before the outage to last through it, short enough for a promotion and a sign-out to reach them.
 */
const REFRESH_SECONDS = Math.round(scaled(30_000) / 1000);
/** Nothing about the machinery may reach the visitor. */
const LEAKS = /prisma|postgres|neon|ECONN|127\.0\.0\.1|stack|Error:|\bat \w+ \(/i;

/** Errors the page's own scripts throw: an action that fails must not break the page around it. */
function pageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on("pageerror", (error) => errors.push(error));
  return errors;
}

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(scaled(120_000));
  db = await startOwnPostgres(cleanup);
  server = await startSecondApp({
    name: "database-outage",
    env: { DATABASE_URL: db.url, NEON_BRIDGE_PORT: String(db.bridgePort), SESSION_REFRESH_SECONDS: String(REFRESH_SECONDS), DATABASE_CONNECT_TIMEOUT_SECONDS: "2" },
    cleanup,
  });
});
test.afterAll(() => cleanup.run());

test("a database outage shows 'temporarily unavailable' where data is needed, then recovers without a restart", async ({ browser }, testInfo) => {
  testInfo.setTimeout(scaled(180_000) + 2 * REFRESH_SECONDS * 1000);
  const newPage = async () => (await browser.newContext({ baseURL: server.url })).newPage();
  const [page, otherDevice, member, visitor, reader] = await Promise.all([newPage(), newPage(), newPage(), newPage(), newPage()]);
  const email = uniqueEmail(testInfo, "outage");
  await signInWithEmail(page, email);
  // The same user in a second browser, for the Devices section's buttons.
  await signInWithEmail(otherDevice, email);
  // A signed-in user who is not an admin, for /admin's 403 page.
  await signInWithEmail(member, uniqueEmail(testInfo, "outage-member"));
  await runUserRoleScript(email, "admin", { databaseUrl: db.url, bridgePort: db.bridgePort });
  await expect(async () => {
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Admin" })).toBeVisible({ timeout: scaled(1_000) });
  }).toPass();
  await page.goto("/account");
  const name = page.getByLabel("Name", { exact: true });
  const devices = page.getByRole("region", { name: "Devices" });
  await expect(devices.getByRole("listitem")).toHaveCount(2);
  const accountErrors = pageErrors(page);
  await visitor.goto("/signin");
  await reader.goto("/signin");
  const link = await requestMagicLink(reader, uniqueEmail(testInfo, "outage-reader"));

  await db.stopPostgres();

  // A sign-in link opened meanwhile: the same page, and the link is not used up.
  expect((await reader.goto(link))?.status()).toBe(503);
  await expect(reader.getByRole("heading", { name: UNAVAILABLE_TITLE })).toBeVisible();

  // A form: the sentence next to the field, and what was typed stays.
  await name.fill("Typed during the outage");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText(UNAVAILABLE_ACTION_MESSAGE)).toBeVisible();
  await expect(name).toHaveValue("Typed during the outage");
  await visitor.getByLabel("Email address").fill(uniqueEmail(testInfo, "outage-visitor"));
  await visitor.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(visitor.getByText(UNAVAILABLE_SIGN_IN_MESSAGE)).toBeVisible();

  // The Devices section's buttons: the same sentence, and nothing was signed out.
  const otherRow = devices.getByRole("listitem").filter({ hasNotText: "This device" });
  await otherRow.getByRole("button", { name: /^Sign out/ }).click();
  await expect(otherRow.getByRole("alert")).toHaveText(UNAVAILABLE_ACTION_MESSAGE);
  await devices.getByRole("button", { name: "Sign out of all other devices" }).click();
  await expect(devices.getByRole("alert").filter({ hasText: UNAVAILABLE_ACTION_MESSAGE })).toHaveCount(2);
  await expect(devices.getByText(/Signed out of/)).toHaveCount(0);
  expect(accountErrors).toEqual([]);

  // A signed-in non-admin on /admin: the usual 403 page. Its look at the database (has this user
  // just been promoted?) gets no answer, which changes nothing on the page.
  const memberErrors = pageErrors(member);
  const roleCheck = member.waitForResponse((response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined);
  const forbidden = await member.goto("/admin");
  expect(forbidden?.status()).toBe(403);
  await roleCheck;
  await expect(member.getByRole("heading", { name: "You don't have access" })).toBeVisible();
  await expect(member.getByText("This page needs an admin role, and your account doesn't have it.")).toBeVisible();
  await expect(member.getByRole("link", { name: "Back to your dashboard" })).toBeVisible();
  await expect(member.getByRole("button", { name: "Sign in as someone else" })).toBeVisible();
  await expect(member.getByRole("button", { name: "Sign out" })).toBeVisible();
  // What the page says (its markup holds React's "throw new Error" placeholder for form actions,
  // and the footer names Postgres on every page).
  expect(await member.getByRole("main").innerText()).not.toMatch(LEAKS);
  expect(memberErrors).toEqual([]);

  // Signing out cannot end the session's row while the database is down: nothing is signed out, by
  // the header's button or at Auth.js's endpoint, and the person is told so.
  const memberCookies = await member.context().cookies();
  await member.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(member.getByRole("banner").getByRole("alert")).toHaveText(UNAVAILABLE_SIGN_OUT_MESSAGE);
  expect(await hasSessionCookie(member)).toBe(true);
  const { csrfToken } = (await (await member.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const endpoint = await member.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
  expect(endpoint.status()).toBe(303);
  expect(endpoint.headers().location).toMatch(/^\/unavailable\?/);
  expect(await hasSessionCookie(member)).toBe(true);

  // A page without data still works for the signed-in user.
  await page.goto("/dashboard");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  // Pages with data: 503, a friendly page and a way back, nothing about the machinery.
  for (const path of ["/admin", "/account"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(503);
    expect(response?.headers()["retry-after"]).toBeDefined();
    await expect(page.getByRole("heading", { name: UNAVAILABLE_TITLE })).toBeVisible();
    await expect(page.getByRole("link", { name: "Try again" })).toHaveAttribute("href", path);
    // In the site's frame, though the app's layout needs what is down.
    await expect(page.getByRole("banner").getByRole("link", { name: APP_NAME })).toHaveAttribute("href", "/");
    await expect(page.getByRole("contentinfo")).toContainText(APP_NAME);
    // The mark is the app's icon route, which needs no database.
    await expect.poll(() => page.locator("header img").evaluate((mark: HTMLImageElement) => mark.naturalWidth)).toBeGreaterThan(0);
    expect(await page.content()).not.toMatch(LEAKS);
  }

  // A JSON API.
  const api = await page.request.get("/api/admin/users");
  expect(api.status()).toBe(503);
  expect(await api.text()).toBe('{"error":"unavailable"}');

  // Readiness fails, liveness holds: a platform that restarts on the latter restarts nothing.
  expect((await page.request.get("/api/health")).status()).toBe(503);
  expect((await page.request.get("/api/health/live")).status()).toBe(200);

  await db.startPostgres();

  // Back without restarting the app: once the database answers, the way back leads to the page again.
  await expect.poll(async () => (await page.request.get("/api/health")).status(), { timeout: scaled(60_000) }).toBe(200);
  await page.getByRole("link", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Account", exact: true })).toBeVisible();
  expect((await page.request.get("/api/admin/users")).status()).toBe(200);
  await reader.getByRole("link", { name: "Try again" }).click();
  await expect(reader).toHaveURL((url) => url.pathname === "/dashboard");
  expect(await hasSessionCookie(reader)).toBe(true);
  // The other device is still signed in, and can be signed out now.
  await expect(devices.getByRole("listitem")).toHaveCount(2);
  await devices.getByRole("button", { name: "Sign out of all other devices" }).click();
  await expect(devices.getByText("Signed out of 1 other device.")).toBeVisible();
  await expect(devices.getByRole("listitem")).toHaveCount(1);
  await page.getByLabel("Name", { exact: true }).fill("Saved after the outage");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  // Signing out works again, and ends the session everywhere: a copy of its cookie is refused.
  await member.goto("/dashboard");
  await member.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await member.waitForURL((url) => url.pathname === "/");
  expect(await hasSessionCookie(member)).toBe(false);
  const copy = await browser.newContext({ baseURL: server.url });
  await copy.addCookies(memberCookies);
  await expect.poll(async () => (await copy.request.get("/api/me")).status(), { timeout: REFRESH_SECONDS * 1000 + scaled(10_000) }).toBe(401);
  await copy.close();
  await visitor.goto("/signin");
  await visitor.getByLabel("Email address").fill(uniqueEmail(testInfo, "outage-visitor2"));
  await visitor.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(visitor.getByRole("heading", { name: "Check your email" })).toBeVisible();
});
