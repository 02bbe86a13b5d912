import { describe, expect, it } from "vitest";
import { relativeTime } from "./relative-time";

const now = new Date("2026-12-07T12:00:00.000Z");
const before = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("relativeTime", () => {
  it("says the largest whole unit", () => {
    expect(relativeTime(before(10), now)).toBe("just now");
    expect(relativeTime(before(60), now)).toBe("1 minute ago");
    expect(relativeTime(before(5 * 60 + 59), now)).toBe("5 minutes ago");
    expect(relativeTime(before(3 * 3600), now)).toBe("3 hours ago");
    expect(relativeTime(before(86_400), now)).toBe("yesterday");
    expect(relativeTime(before(3 * 86_400), now)).toBe("3 days ago");
    expect(relativeTime(before(14 * 86_400), now)).toBe("2 weeks ago");
    expect(relativeTime(before(400 * 86_400), now)).toBe("last year");
  });
});
