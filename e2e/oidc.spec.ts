import { definition, signedInUserId, expect, idpDisplayName, signInWithOidc, test } from "./fixtures";

test("an OIDC sign-in creates a user linked to an oidc account", async ({ page, email, db }) => {
  await signInWithOidc(page, email);

  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await expect(definition(page, "Name")).toHaveText(idpDisplayName(email));

  const user = await db.userByEmail(email);
  expect(user.name).toBe(idpDisplayName(email));
  expect(await db.accountsOf(user.id)).toEqual([
    { user_id: user.id, type: "oidc", provider: "oidc", provider_account_id: email },
  ]);
  expect(await signedInUserId(page)).toBe(user.id);
});
