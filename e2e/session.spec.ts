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
  // A late answer to the page's own requests would sign the user back in: see the next test.
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

test("a session refresh still on its way when signing out does not sign the user back in", async ({ page, email }) => {
  await signInWithEmail(page, email);
  await page.goto("/dashboard");
  // Hold the layout's next session refresh after the server answered it, as on a slow network:
  // that answer carries a fresh session cookie.
  let answeredByServer = () => {};
  let deliver = () => {};
  const answered = new Promise<void>((resolve) => (answeredByServer = resolve));
  const delivered = new Promise<void>((resolve) => (deliver = resolve));
  await page.route("**/api/auth/session", async (route) => {
    const response = await route.fetch();
    answeredByServer();
    await delivered;
    await route.fulfill({ response });
  });
  // The sign-out is a server action posted to the page: it must not leave before the refresh landed.
  let refreshDelivered = false;
  let signOutOvertook = false;
  await page.route("**/dashboard", async (route) => {
    if (route.request().method() === "POST" && !refreshDelivered) signOutOvertook = true;
    await route.continue();
  });
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await answered;

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  // The click is taken at once (the button says so) while the form waits for the refresh.
  await expect(page.getByRole("banner").getByRole("button", { name: "Signing out…" })).toBeDisabled();
  refreshDelivered = true;
  deliver();

  await expect(page.getByText("You are not signed in")).toBeVisible();
  expect(await hasSessionCookie(page)).toBe(false);
  expect((await page.request.get("/api/me")).status()).toBe(401);
  expect(signOutOvertook, "the sign-out was sent before the session refresh had landed").toBe(false);
});

test("a signed-in user opening the sign-in page lands on the dashboard", async ({ page, email }) => {
  await signInWithEmail(page, email);

  await page.goto("/signin");

  await expect(page).toHaveURL((url) => url.pathname === "/dashboard");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
});
