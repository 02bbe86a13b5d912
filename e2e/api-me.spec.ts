import { expect, signInWithEmail, test } from "./fixtures";

test("/api/me is 401 signed out, and describes the user signed in", async ({ page, email, db }) => {
  const signedOut = await page.request.get("/api/me");
  expect(signedOut.status()).toBe(401);
  expect(await signedOut.json()).toEqual({ error: "unauthorized" });

  await signInWithEmail(page, email);

  const signedIn = await page.request.get("/api/me");
  expect(signedIn.status()).toBe(200);
  const user = await db.userByEmail(email);
  expect(await signedIn.json()).toEqual({ id: user.id, email, name: user.name, role: user.role });
});
