// Session cookies a sibling subdomain (or an old deployment) leaves beside the real one. Auth.js
// joins every cookie whose name starts with the session cookie's, so a junk chunk would sign the
// person out everywhere Auth.js reads the session; the edge passes the request on without them and
// clears what it can (lib/edge/session-token.ts).
import { expect, test } from "./fixtures";

test("a junk session-cookie chunk planted beside the session neither breaks nor ends it, and is cleared", async ({ signedInPage, signedInUser, baseURL }) => {
  const { hostname } = new URL(baseURL!);
  await signedInPage.context().addCookies([{ name: "authjs.session-token.0", value: "planted", domain: hostname, path: "/" }]);

  await signedInPage.goto("/dashboard");
  await expect(signedInPage.getByText(`Signed in as ${signedInUser.email}`)).toBeVisible();
  expect((await signedInPage.request.get("/api/me")).status()).toBe(200);
  const chunk = async () => (await signedInPage.context().cookies()).some((cookie) => cookie.name === "authjs.session-token.0");
  await expect.poll(chunk).toBe(false);
  // Still signed in for Auth.js's own read of the session too.
  const session = await signedInPage.request.get("/api/auth/session");
  expect(((await session.json()) as { user?: { email?: string } }).user?.email).toBe(signedInUser.email);
});

test("a junk session cookie alone signs nobody in, and is cleared", async ({ page, baseURL }) => {
  const { hostname } = new URL(baseURL!);
  await page.context().addCookies([{ name: "authjs.session-token", value: "planted", domain: hostname, path: "/" }]);
  expect((await page.request.get("/api/me")).status()).toBe(401);
  await page.goto("/dashboard");
  await expect(page).toHaveURL((url) => url.pathname === "/session-ended" || url.pathname === "/signin");
  const planted = async () => (await page.context().cookies()).some((cookie) => cookie.name === "authjs.session-token");
  await expect.poll(planted).toBe(false);
});
