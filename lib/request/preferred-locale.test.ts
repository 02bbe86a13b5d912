import { describe, expect, it } from "vitest";
import { preferredLocale } from "./preferred-locale";

describe("preferredLocale", () => {
  it("takes the reader's first language", () => {
    expect(preferredLocale("de-DE,de;q=0.9,en;q=0.8")).toBe("de-DE");
    expect(preferredLocale("fr;q=0.9, en")).toBe("fr");
  });

  it("skips what Intl cannot use, and falls back to English", () => {
    expect(preferredLocale("*, en-GB")).toBe("en-GB");
    expect(preferredLocale("not a tag!, ja")).toBe("ja");
    expect(preferredLocale("")).toBe("en");
    expect(preferredLocale(null)).toBe("en");
  });
});
