import type { TestInfo } from "@playwright/test";

/** An address no other test (or earlier run against a reused database) can have used. */
export function uniqueEmail(testInfo: TestInfo, label = "user"): string {
  return `${label}-${testInfo.testId}-${Date.now()}@example.test`.toLowerCase();
}
