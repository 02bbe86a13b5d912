import { describe, expect, it } from "vitest";
import { GET } from "./route";

describe("/api/health/live", () => {
  it("answers 200 {app: ok}, uncached, with no database configured at all", async () => {
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      const response = GET();
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).toBe('{"app":"ok"}');
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });
});
