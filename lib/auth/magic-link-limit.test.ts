import { describe, expect, it } from "vitest";
import { MAGIC_LINK_MAX_AGE_SECONDS, recentLinksWhere } from "./magic-link-limit";

describe("recentLinksWhere", () => {
  it("selects the address's tokens created in the last 15 minutes, by their expiry", () => {
    const now = new Date("2026-11-22T12:00:00Z");
    const where = recentLinksWhere("ada@example.com", now);
    expect(where.identifier).toBe("ada@example.com");
    const createdAt = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000 + MAGIC_LINK_MAX_AGE_SECONDS * 1000);
    expect(createdAt(1) > where.expires.gt).toBe(true);
    expect(createdAt(14) > where.expires.gt).toBe(true);
    expect(createdAt(16) > where.expires.gt).toBe(false);
  });
});
