import type { Locator, Page } from "@playwright/test";

/** The <dd> that describes `term` in a <dl>, e.g. the dashboard's "Email". */
export function definition(page: Page, term: string): Locator {
  const exactly = new RegExp(`^\\s*${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`);
  return page.locator("dt").filter({ hasText: exactly }).locator("xpath=following-sibling::dd[1]");
}

/** The id of the user `page` is signed in as, from /api/me with the page's cookies (the pages show no ids). */
export async function signedInUserId(page: Page): Promise<string | undefined> {
  const response = await page.request.get("/api/me");
  return response.ok() ? ((await response.json()) as { id: string }).id : undefined;
}
