// Roles as the README promises them: /admin and /api/admin/* are for admins only, decided at the
// edge from the session cookie, and a demotion with `npm run user:role` reaches a user who is
// already signed in within SESSION_REFRESH_SECONDS. Promotion on the next page load, without
// waiting for that interval, is proven on a server with an hour-long interval (role-promotion.spec.ts).
import type { Page } from "@playwright/test";
import type { Role } from "../lib/edge/route-rules";
import { scaled } from "../tooling/harness/timeouts";
import { expect, newSignedInContext, runUserRoleScript, test } from "./fixtures";

type AdminUsers = { users: { email: string; role: string }[] };

// Generous: a role change is picked up within SESSION_REFRESH_SECONDS (2 s in the suite), but a
// busy machine may be slow to build and render pages.
const ROLE_CHANGE_TIMEOUT_MS = scaled(30_000);

async function expectForbidden(page: Page): Promise<void> {
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access" })).toBeVisible();
  const api = await page.request.get("/api/admin/users");
  expect(api.status()).toBe(403);
  expect(await api.json()).toEqual({ error: "forbidden" });
}

async function expectAdminAccess(page: Page, email: string): Promise<void> {
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Admin", exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: email }).getByRole("cell", { name: "admin", exact: true })).toBeVisible();
  const api = await page.request.get("/api/admin/users");
  expect(api.status()).toBe(200);
  expect(((await api.json()) as AdminUsers).users).toContainEqual(expect.objectContaining({ email, role: "admin" }));
}

test("signed out, /admin asks to sign in and /api/admin/users answers 401", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL((url) => url.pathname === "/signin" && url.searchParams.has("callbackUrl"));
  const api = await page.request.get("/api/admin/users");
  expect(api.status()).toBe(401);
  expect(await api.json()).toEqual({ error: "unauthorized" });
});

test("a user gets the 403 page on /admin and 403 JSON from /api/admin/users", async ({ signedInPage }) => {
  await expectForbidden(signedInPage);
  await expect(signedInPage.getByText("This page needs an admin role")).toBeVisible();
  // The edge rewrites, it does not redirect: the address stays what the user asked for.
  await expect(signedInPage).toHaveURL((url) => url.pathname === "/admin");
});

test("the 403 page's ways on: back to the dashboard, or out to sign in as someone else", async ({ browser, email }) => {
  const context = await newSignedInContext(browser, email, "user");
  const page = await context.newPage();
  await expectForbidden(page);
  await page.getByRole("link", { name: "Back to your dashboard" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/dashboard");
  await expectForbidden(page);
  await page.getByRole("button", { name: "Sign in as someone else" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/signin");
  await expect(page.getByLabel("Email address")).toBeVisible();
  await context.close();
});

test("the header offers Admin to admins only", async ({ adminPage, signedInPage }) => {
  await adminPage.goto("/dashboard");
  await adminPage.getByRole("banner").getByRole("link", { name: "Admin", exact: true }).click();
  await expect(adminPage.getByRole("heading", { name: "Admin", exact: true })).toBeVisible();
  await signedInPage.goto("/dashboard");
  await expect(signedInPage.getByRole("banner").getByRole("link", { name: "Account" })).toBeVisible();
  await expect(signedInPage.getByRole("banner").getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
});

test("adminPage reaches /admin and /api/admin/users directly", async ({ adminPage, adminUser }) => {
  await expectAdminAccess(adminPage, adminUser.email);
});

/** How `npm run user:role` failed (its exit code and stderr), or undefined when it succeeded. */
const roleScriptFailure = (email: string, role: Role) =>
  runUserRoleScript(email, role).then(
    () => undefined,
    (error: unknown) => error as { code?: number; stderr?: string },
  );

test("`npm run user:role` for an address nobody signed in with fails and changes nothing", async ({ email, db }) => {
  const failure = await roleScriptFailure(email, "admin");
  expect(failure?.code, "the script exited 0 for an unknown user").toBe(1);
  expect(failure?.stderr).toContain(`no user with the email ${email}`);
  expect(await db.usersByEmail(email)).toEqual([]);
});

test("`npm run user:role` refuses what is not one plain address, changing nothing", async ({ signedInUser, db }) => {
  const failure = await roleScriptFailure(`${signedInUser.email},other@example.test`, "admin");
  expect(failure?.code, "the script accepted two addresses in one").toBe(2);
  expect(failure?.stderr).toContain("is not an email address the app accepts: Enter a valid email address");
  expect((await db.userByEmail(signedInUser.email)).role).toBe("user");
});

test("an admin demoted with `npm run user:role` loses access within the refresh interval", async ({ browser, email, db }) => {
  // Two sign-ins and two runs of the script, on top of the wait for the session check.
  test.slow();
  const context = await newSignedInContext(browser, email, "admin");
  const page = await context.newPage();
  await expectAdminAccess(page, email);

  expect(await runUserRoleScript(email, "user")).toContain(`✓ ${email} is now user`);
  expect((await db.userByEmail(email)).role).toBe("user");

  // The edge lets the old cookie through until its session check is due; the check re-reads the
  // role, and from then on the edge refuses.
  await expect(() => expectForbidden(page)).toPass({ timeout: ROLE_CHANGE_TIMEOUT_MS });
  await expect(page.getByText("This page needs an admin role")).toBeVisible();
  await context.close();
});
