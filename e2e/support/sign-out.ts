// Signing out through the header, once the page has nothing on its way: every answer carries a
// renewed session cookie, and one landing after the sign-out would sign the user back in (the
// known race in session.spec.ts). Specs about other things should not trip over it.
import { expect, type Page } from "@playwright/test";
import { watchRequests } from "./network";
import { hasSessionCookie } from "./sign-in";

export async function signOutQuietly(page: Page): Promise<void> {
  const requests = watchRequests(page);
  await page.goto("/dashboard");
  await requests.answered();
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  expect(await hasSessionCookie(page), "the session cookie outlived the sign-out").toBe(false);
}

/** Loads `path` and waits until the page's own requests (prefetches, session refresh) are answered. */
export async function gotoQuietly(page: Page, path: string): Promise<void> {
  const requests = watchRequests(page);
  await page.goto(path);
  await requests.answered();
}
