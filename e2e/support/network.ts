import type { Page, Request, Response } from "@playwright/test";
import { scaled } from "../../tooling/harness/timeouts";

/**
 * Follows the requests `page` sends from now on, so a test can wait until all have been answered.
 * A page sends some by itself (Next's link prefetches, the layout's session refresh), and every
 * answer may carry a fresh session cookie: one that lands after a sign-out signs the user back in.
 * Answered means the response headers arrived, which is when cookies are set; some bodies are
 * never read, so Playwright's "networkidle" would never come.
 */
export function watchRequests(page: Page): { answered(options?: { quietMs?: number; timeoutMs?: number }): Promise<void> } {
  const pending = new Set<Request>();
  let lastChange = Date.now();
  const sent = (request: Request) => {
    pending.add(request);
    lastChange = Date.now();
  };
  const done = (request: Request) => {
    pending.delete(request);
    lastChange = Date.now();
  };
  const responded = (response: Response) => done(response.request());
  page.on("request", sent);
  page.on("response", responded);
  page.on("requestfailed", done);

  return {
    async answered({ quietMs = 500, timeoutMs = scaled(10_000) } = {}) {
      const deadline = Date.now() + timeoutMs;
      try {
        // Quiet for a while too: prefetches start only after the page has hydrated.
        while (pending.size > 0 || Date.now() - lastChange < quietMs) {
          if (Date.now() > deadline) {
            throw new Error(`requests still unanswered after ${timeoutMs} ms: ${[...pending].map((r) => r.url()).join(", ")}`);
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        page.off("request", sent);
        page.off("response", responded);
        page.off("requestfailed", done);
      }
    },
  };
}
