import { expect, openMagicLink, requestMagicLink, test } from "./fixtures";

test("a signed-out visit to the dashboard signs in by magic link and comes back to it", async ({ page, email, baseURL }) => {
  const dashboard = new URL("/dashboard", baseURL).href;
  await page.goto("/dashboard");

  await expect(page).toHaveURL((url) => url.pathname === "/signin");
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(dashboard);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  await openMagicLink(page, await requestMagicLink(page, email));

  await expect(page).toHaveURL(dashboard);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
});
