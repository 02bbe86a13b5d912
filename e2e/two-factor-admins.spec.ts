// REQUIRE_TWO_FACTOR_FOR_ADMINS=1 on a server of its own (same build and database): an admin without
// two-factor is sent from /admin to set it up, and the admin API refuses; once it is on, /admin opens.
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { TOTP_DIGITS, TOTP_STEP_SECONDS } from "../lib/two-factor/totp";
import { expect, runUserRoleScript, signInWithEmail, test } from "./fixtures";
import { Cleanup } from "../tooling/harness/cleanup";
import { startSecondApp, type SecondApp } from "../tooling/harness/second-app";
import { scaled } from "../tooling/harness/timeouts";

const cleanup = new Cleanup();
let strict: SecondApp;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(scaled(120_000));
  strict = await startSecondApp({ name: "two-factor-admins", env: { REQUIRE_TWO_FACTOR_FOR_ADMINS: "1" }, cleanup });
});
test.afterAll(() => cleanup.run());

test("an admin without two-factor is sent to set it up before /admin opens", async ({ browser, email }) => {
  test.setTimeout(scaled(180_000));
  const context = await browser.newContext({ baseURL: strict.url });
  const page = await context.newPage();
  await signInWithEmail(page, email);
  await runUserRoleScript(email, "admin");
  // A new sign-in carries the new role.
  await context.clearCookies();
  await signInWithEmail(page, email);

  await page.goto("/admin");
  await page.waitForURL((url) => url.pathname === "/account" && url.searchParams.get("setup") === "two-factor");
  const section = page.getByRole("region", { name: "Two-factor authentication" });
  await expect(section.getByRole("alert")).toHaveText("Admin accounts need two-factor authentication. Set it up here, then open the admin pages again.");
  const api = await page.request.get("/api/admin/users");
  expect(api.status()).toBe(403);
  expect(await api.json()).toEqual({ error: "two_factor_required" });

  await section.getByRole("button", { name: "Set up two-factor authentication" }).click();
  const key = decodeBase32IgnorePadding((await section.getByTestId("two-factor-secret").textContent()) ?? "");
  await section.getByLabel("Code from the app").fill(generateHOTP(key, BigInt(Math.floor(Date.now() / 1000 / TOTP_STEP_SECONDS)), TOTP_DIGITS));
  await section.getByRole("button", { name: "Turn on" }).click();
  await expect(section.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);

  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  expect((await page.request.get("/api/admin/users")).status()).toBe(200);
  await context.close();
});
