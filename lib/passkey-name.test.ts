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
  it("numbers passkeys in the order the user got them", () => {
    expect(defaultPasskeyNames([], 1)).toEqual(["Passkey 1"]);
    expect(defaultPasskeyNames(["Work laptop"], 1)).toEqual(["Passkey 2"]);
    expect(defaultPasskeyNames(["Passkey 1"], 2)).toEqual(["Passkey 2", "Passkey 3"]);
  });

  it("never repeats a name the user already has", () => {
    // Passkey 1 was deleted: the second passkey is still the second, and "Passkey 2" is taken.
    expect(defaultPasskeyNames(["Passkey 2"], 1)).toEqual(["Passkey 3"]);
    expect(defaultPasskeyNames(["Passkey 3", "Passkey 4"], 2)).toEqual(["Passkey 5", "Passkey 6"]);
  });
});
