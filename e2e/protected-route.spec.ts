import { expect, openMagicLink, requestMagicLink, test } from "./fixtures";

test("a signed-out visit to a protected page signs in by magic link and comes back to that page", async ({ page, email, baseURL }) => {
  // Not /dashboard, where every sign-in lands anyway, and with a query: only a callbackUrl carried
  // through the whole round trip brings the browser back here. (A #hash never reaches the server.)
  const target = new URL("/account?from=test", baseURL).href;
  await page.goto(target);

  await expect(page).toHaveURL((url) => url.pathname === "/signin");
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(target);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  await openMagicLink(page, await requestMagicLink(page, email));

  await expect(page).toHaveURL(target);
  await expect(page.getByRole("heading", { name: "Account", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Profile" }).getByText(email)).toBeVisible();
});
