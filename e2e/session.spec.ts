import { expect, hasSessionCookie, signInWithEmail, test, watchRequests } from "./fixtures";

test("the session survives a reload and a new tab", async ({ page, context, email }) => {
  await signInWithEmail(page, email);
  await page.goto("/dashboard");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL((url) => url.pathname === "/dashboard");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  const tab = await context.newPage();
  await tab.goto("/dashboard");
  await expect(tab).toHaveURL((url) => url.pathname === "/dashboard");
  await expect(tab.getByText(`Signed in as ${email}`)).toBeVisible();
});

test("signing out ends the session", async ({ page, email, baseURL }) => {
  await signInWithEmail(page, email);
  const requests = watchRequests(page);
  await page.goto("/dashboard");
  // A late answer to the page's own requests (a prefetch) could carry a fresh session cookie.
  await requests.answered();

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();

  await expect(page).toHaveURL(new URL("/", baseURL).href);
  await expect(page.getByText("You are not signed in")).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await hasSessionCookie(page)).toBe(false);

  await page.goto("/dashboard");
  await expect(page).toHaveURL((url) => url.pathname === "/signin" && url.searchParams.has("callbackUrl"));
  expect((await page.request.get("/api/me")).status()).toBe(401);
});

test("a signed-in user opening the sign-in page lands on the dashboard", async ({ page, email }) => {
  await signInWithEmail(page, email);

  await page.goto("/signin");

  await expect(page).toHaveURL((url) => url.pathname === "/dashboard");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
});
