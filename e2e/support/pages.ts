import type { Locator, Page } from "@playwright/test";

/** The <dd> that describes `term` in a <dl>, e.g. the dashboard's "User ID". */
export function definition(page: Page, term: string): Locator {
  const exactly = new RegExp(`^\\s*${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`);
  return page.locator("dt").filter({ hasText: exactly }).locator("xpath=following-sibling::dd[1]");
}
