import { describe, expect, it } from "vitest";
import { authErrorMessage } from "./auth-errors";
import { linkErrorMessage } from "./link-errors";

describe("linkErrorMessage", () => {
  it("explains that the provider's account belongs to someone else", () => {
    expect(linkErrorMessage("OAuthAccountNotLinked", 10)).toMatch(/already belongs to another user/);
    expect(linkErrorMessage("AccountNotLinked", 10)).toMatch(/already belongs to another user/);
  });

  it("asks for a fresh sign-in, naming how fresh", () => {
    expect(linkErrorMessage("SignInAgain", 10)).toBe("To add a way to sign in, you need to have signed in within the last 10 minutes. Confirm it's you (or sign in again), then add it.");
  });

  it("uses the sign-in sentences for everything else", () => {
    expect(linkErrorMessage("OAuthCallbackError", 10)).toBe(authErrorMessage("OAuthCallbackError"));
    expect(linkErrorMessage(undefined, 10)).toBe(authErrorMessage(undefined));
  });
});
