// An example to copy for your own pages: a protected page tested signed out and signed in.
// Replace /dashboard with your page, and add its prefix to `protectedRoutes` in lib/edge/route-rules.ts
// (that list is what makes the edge send signed-out visitors to the sign-in page).
import { expect, test } from "./fixtures";

const PROTECTED_PAGE = "/dashboard";

test("signed out, the page sends the visitor to sign in, and back afterwards", async ({ page, baseURL }) => {
  await page.goto(PROTECTED_PAGE);

  await expect(page).toHaveURL((url) => url.pathname === "/signin");
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(new URL(PROTECTED_PAGE, baseURL).href);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("signed in, the page shows the user's own data", async ({ signedInPage, signedInUser }) => {
  // signedInPage is already signed in: the sign-in happened once for this worker, not per test.
  const response = await signedInPage.goto(PROTECTED_PAGE);

  expect(response?.status()).toBe(200);
  await expect(signedInPage.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(signedInPage.getByText(`Signed in as ${signedInUser.email}`)).toBeVisible();
});
