import { describe, expect, it } from "vitest";
import { checkAccountName } from "./account-name";

describe("checkAccountName", () => {
  it("accepts 1 to 80 characters, trimmed", () => {
    expect(checkAccountName("  Ada Lovelace ")).toEqual({ ok: true, value: "Ada Lovelace" });
    expect(checkAccountName("A")).toEqual({ ok: true, value: "A" });
    expect(checkAccountName("x".repeat(80))).toEqual({ ok: true, value: "x".repeat(80) });
  });

  it("counts characters as people do: an emoji is one", () => {
    expect(checkAccountName("😀".repeat(80)).ok).toBe(true);
    expect(checkAccountName("😀".repeat(81)).ok).toBe(false);
  });

  it("refuses empty, too long and multi-line names with a sentence for the form", () => {
    expect(checkAccountName("   ")).toEqual({ ok: false, error: "Enter your name." });
    expect(checkAccountName("x".repeat(81))).toEqual({ ok: false, error: "Your name can be at most 80 characters long." });
    expect(checkAccountName("Ada\nLovelace")).toEqual({ ok: false, error: "Use one line of text, without tabs or line breaks." });
  });
});
