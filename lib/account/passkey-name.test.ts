import { describe, expect, it } from "vitest";
import { checkPasskeyName, nextPasskeyName } from "./passkey-name";

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

describe("nextPasskeyName", () => {
  it("numbers passkeys in the order the user adds them", () => {
    expect(nextPasskeyName([])).toBe("Passkey 1");
    expect(nextPasskeyName(["Work laptop"])).toBe("Passkey 2");
    expect(nextPasskeyName(["Passkey 1", "Passkey 2"])).toBe("Passkey 3");
  });

  it("never repeats a name the user already has", () => {
    // Passkey 1 was deleted: the new one is the second, but "Passkey 2" is taken.
    expect(nextPasskeyName(["Passkey 2"])).toBe("Passkey 3");
    expect(nextPasskeyName(["Passkey 3", "Passkey 4"])).toBe("Passkey 5");
  });
});
