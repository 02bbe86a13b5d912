import { describe, expect, it } from "vitest";
import { checkPasskeyName, defaultPasskeyNames } from "./passkey-name";

describe("checkPasskeyName", () => {
  it("accepts 1 to 60 characters, trimmed", () => {
    expect(checkPasskeyName(" Work laptop ")).toEqual({ ok: true, value: "Work laptop" });
    expect(checkPasskeyName("x".repeat(60)).ok).toBe(true);
  });

  it("refuses empty and too long names", () => {
    expect(checkPasskeyName("")).toEqual({ ok: false, error: "Enter a name for this passkey." });
    expect(checkPasskeyName("x".repeat(61))).toEqual({ ok: false, error: "A passkey name can be at most 60 characters long." });
  });
});

describe("defaultPasskeyNames", () => {
  const names = (...list: (string | null)[]) =>
    defaultPasskeyNames(list.map((name, id) => ({ id, name }))).map(({ passkey, name }) => [passkey.id, name]);

  it("numbers passkeys in the order the user added them", () => {
    expect(names(null)).toEqual([[0, "Passkey 1"]]);
    expect(names("Work laptop", null)).toEqual([[1, "Passkey 2"]]);
    expect(names("Passkey 1", null, null)).toEqual([[1, "Passkey 2"], [2, "Passkey 3"]]);
  });

  it("leaves named passkeys alone", () => {
    expect(names("Work laptop", "Phone")).toEqual([]);
  });

  it("never repeats a name the user already has", () => {
    // Passkey 1 was deleted: the new one is the second, but "Passkey 2" is taken.
    expect(names("Passkey 2", null)).toEqual([[1, "Passkey 3"]]);
    expect(names("Passkey 3", "Passkey 4", null, null)).toEqual([[2, "Passkey 5"], [3, "Passkey 6"]]);
  });
});
