import { describe, expect, it } from "vitest";
import { relativeTimeText } from "./relative-time-text";

const now = new Date("2026-12-07T12:00:00Z");
const before = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("relativeTimeText", () => {
  it("says how long ago in the largest unit that fits, rounded down", () => {
    expect(relativeTimeText(before(20), now, "en")).toBe("now");
    expect(relativeTimeText(before(5 * 60 + 59), now, "en")).toBe("5 minutes ago");
    expect(relativeTimeText(before(2 * 3600), now, "en")).toBe("2 hours ago");
    expect(relativeTimeText(before(86_400 + 60), now, "en")).toBe("yesterday");
    expect(relativeTimeText(before(40 * 86_400), now, "en")).toBe("last month");
  });

  it("speaks the reader's language", () => {
    expect(relativeTimeText(before(5 * 60), now, "de")).toBe("vor 5 Minuten");
  });
});
