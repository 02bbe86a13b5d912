// A promotion reaches the promoted user's next page load, not only their next session check: on a
// server of the same build whose checks are an hour apart, nothing but the 403 page's own look at
// the database can let the user in.
import { Cleanup } from "../tooling/harness/cleanup";
import { startSecondApp, type SecondApp } from "../tooling/harness/second-app";
import { scaled } from "../tooling/harness/timeouts";
import { expect, runUserRoleScript, signInWithEmail, test } from "./fixtures";

test.describe.configure({ mode: "serial" });
const cleanup = new Cleanup();
let app: SecondApp;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(scaled(90_000));
  app = await startSecondApp({ name: "role-promotion", env: { SESSION_REFRESH_SECONDS: "3600" }, cleanup });
});
test.afterAll(() => cleanup.run());

test("a user made admin with `npm run user:role` gets /admin on the next load", async ({ browser, email, db }) => {
  // Starting the script (tsx, Prisma) takes seconds.
  test.slow();
  // Every localhost port shares one cookie jar: this context only ever talks to the second server.
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();
  await signInWithEmail(page, email);
  expect((await page.goto("/admin"))?.status()).toBe(403);
  await expect(page.getByText("This page needs an admin role")).toBeVisible();

  // Typed as people do, spaces and capitals: the script finds the address the app stored, and says so.
  expect(await runUserRoleScript(` ${email.toUpperCase()} `, "admin")).toContain(`✓ ${email} is now admin`);
  expect((await db.userByEmail(email)).role).toBe("admin");

  // One navigation, no retry: the edge still refuses from the cookie, the 403 page finds the new
  // role in the database, has the session checked at once and loads the page again.
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Admin", exact: true })).toBeVisible();
  // The change is in the user's security activity, and admins see when it happened on /admin.
  const userId = (await db.userByEmail(email)).id;
  expect(await db.securityEventsOf(userId)).toContainEqual({ kind: "role-changed", detail: { from: "user", to: "admin" } });
  await expect(page.getByRole("row").filter({ hasText: email }).locator("time")).toHaveCount(2);
  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Security activity" }).getByText("Role changed from user to admin")).toBeVisible();
  const api = await context.request.get("/api/admin/users");
  expect(api.status()).toBe(200);
  await context.close();
});
