import { definition, signedInUserId, expect, hasSessionCookie, openMagicLink, requestMagicLink, signInWithEmail, test } from "./fixtures";

test("a magic-link sign-in creates one verified user and uses up its token", async ({ page, email, db }) => {
  await page.goto("/signin");
  const link = await requestMagicLink(page, email);
  // The token exists until the link is opened; the user only from then on.
  expect(await db.verificationTokens(email)).toHaveLength(1);
  expect(await db.usersByEmail(email)).toEqual([]);

  await openMagicLink(page, link);

  const users = await db.usersByEmail(email);
  expect(users).toHaveLength(1);
  expect(users[0]?.email_verified).toBeInstanceOf(Date);
  expect(await db.verificationTokens(email)).toEqual([]);
  await page.goto("/dashboard");
  expect(await signedInUserId(page)).toBe(users[0]?.id ?? "");
  await expect(definition(page, "Email")).toHaveText(email);
});

test("signing in again with the same email reuses the same user", async ({ page, browser, email, db }) => {
  await signInWithEmail(page, email);
  const first = await db.userByEmail(email);

  const context = await browser.newContext();
  const again = await context.newPage();
  await signInWithEmail(again, email);

  const users = await db.usersByEmail(email);
  expect(users.map((user) => user.id)).toEqual([first.id]);
  await again.goto("/dashboard");
  expect(await signedInUserId(again)).toBe(first.id);
  await context.close();
});

test("a used magic link does not sign in another browser", async ({ page, browser, email }) => {
  const link = await signInWithEmail(page, email);

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);

  await expect(other).toHaveURL((url) => url.pathname === "/auth-error");
  expect(new URL(other.url()).searchParams.get("error")).toBe("Verification");
  await expect(other.getByRole("heading", { name: "Sign-in problem" })).toBeVisible();
  expect(await hasSessionCookie(other)).toBe(false);
  expect((await other.request.get("/api/me")).status()).toBe(401);
  await context.close();
});
