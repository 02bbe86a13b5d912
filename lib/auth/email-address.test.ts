import { describe, expect, it } from "vitest";
import { checkMailbox, INVALID_EMAIL_MESSAGE, plainMailbox } from "./email-address";

describe("checkMailbox", () => {
  it("normalises an address once: trimmed, NFC, lower-case", () => {
    expect(checkMailbox("  Ada.Lovelace+Notes@Example.COM \n")).toEqual({ ok: true, address: "ada.lovelace+notes@example.com" });
  });

  // Each of these is one string to Auth.js's default normalizer and several recipients (or an
  // injected header) to a mailer.
  it.each([
    ["a comma list", "k0,victim@example.test"],
    ["a semicolon list", "k0;victim@example.test"],
    ["two addresses with a space", "me@example.test victim@example.test"],
    ["a display name", "Ada <victim@example.test>"],
    ["angle brackets", "<victim@example.test>"],
    ["group syntax", "friends: victim@example.test;"],
    ["a quoted local part", '"a,b"@example.test'],
    ["a quoted local part hiding another domain", '"attacker@evil.test"@example.test'],
    ["a comment", "victim@example.test (hi)"],
    ["CR/LF header injection", "victim@example.test\r\nBcc: other@example.test"],
    ["a bare LF inside", "victim@example.test\nX: y"],
    ["a NUL", "victim\u0000@example.test"],
    ["a tab inside", "vic\ttim@example.test"],
    ["a fullwidth at sign", "victim\uff20example.test"],
    ["a Unicode domain", "victim@exämple.test"],
    ["two at signs", "a@b@example.test"],
    ["no domain", "victim@"],
    ["no local part", "@example.test"],
    ["a domain label starting with a hyphen", "victim@-example.test"],
    ["more than 254 characters", `${"a".repeat(250)}@example.test`],
  ])("refuses %s", (_label, raw) => {
    expect(checkMailbox(raw)).toEqual({ ok: false, problem: INVALID_EMAIL_MESSAGE });
  });

  it("refuses what is not a string, or is empty", () => {
    for (const raw of [undefined, null, 42, ["a@example.test"], { email: "a@example.test" }, "", "   "]) {
      expect(checkMailbox(raw).ok).toBe(false);
    }
  });
});

describe("plainMailbox (the provider's normalizeIdentifier)", () => {
  it("returns the normalised address, and throws for anything else", () => {
    expect(plainMailbox("Ada@Example.com")).toBe("ada@example.com");
    expect(() => plainMailbox("k0,victim@example.test")).toThrow(INVALID_EMAIL_MESSAGE);
  });
});
