import { describe, expect, it } from "vitest";
import { authErrorMessage } from "./auth-errors";
import { linkErrorMessage } from "./link-errors";

describe("linkErrorMessage", () => {
  it("explains that the provider's account belongs to someone else", () => {
    expect(linkErrorMessage("OAuthAccountNotLinked")).toMatch(/already belongs to another user/);
    expect(linkErrorMessage("AccountNotLinked")).toMatch(/already belongs to another user/);
  });

  it("uses the sign-in sentences for everything else", () => {
    expect(linkErrorMessage("OAuthCallbackError")).toBe(authErrorMessage("OAuthCallbackError"));
    expect(linkErrorMessage(undefined)).toBe(authErrorMessage(undefined));
  });
});
