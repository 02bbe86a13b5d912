import { describe, expect, it } from "vitest";
import { inboxKey } from "./inbox-key";

describe("inboxKey", () => {
  it("folds an RFC 5233 sub-address into its mailbox", () => {
    expect(inboxKey("plus+0@example.com")).toBe("plus@example.com");
    expect(inboxKey("plus+a+b@example.com")).toBe("plus@example.com");
    expect(inboxKey("plus+@example.com")).toBe("plus@example.com");
  });

  it("folds Gmail's dots and googlemail.com, and only Gmail's", () => {
    expect(inboxKey("a.d.a@gmail.com")).toBe("ada@gmail.com");
    expect(inboxKey("A.da+news@googlemail.com".toLowerCase())).toBe("ada@gmail.com");
    expect(inboxKey("a.da@example.com")).toBe("a.da@example.com");
    expect(inboxKey("a.da@mail.gmail.com")).toBe("a.da@mail.gmail.com");
  });

  it("leaves plain addresses, and local parts that are only a tag or only dots, as they are", () => {
    expect(inboxKey("ada@example.com")).toBe("ada@example.com");
    expect(inboxKey("+tag@example.com")).toBe("+tag@example.com");
    expect(inboxKey("...@gmail.com")).toBe("...@gmail.com");
  });
});
