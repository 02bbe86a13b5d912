import { expect, type Page } from "@playwright/test";
import { hasSessionCookie } from "./sign-in";

/** Signs out with the header's button and checks the session cookie is gone. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  expect(await hasSessionCookie(page), "the session cookie outlived the sign-out").toBe(false);
}
