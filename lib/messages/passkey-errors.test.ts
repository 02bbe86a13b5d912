import { describe, expect, it } from "vitest";
import { passkeyExceptionMessage, passkeyResultMessage } from "./passkey-errors";

const domError = (name: string) => Object.assign(new Error("from the browser"), { name });

describe("passkeyExceptionMessage", () => {
  it("says no passkey was used when the person cancelled or had none", () => {
    expect(passkeyExceptionMessage(domError("NotAllowedError"), "sign-in")).toMatch(/^No passkey was used/);
    expect(passkeyExceptionMessage(domError("NotAllowedError"), "register")).toMatch(/Nothing was added\.$/);
  });

  it("explains a second passkey on the same device", () => {
    expect(passkeyExceptionMessage(domError("InvalidStateError"), "register")).toBe(
      "This device already holds a passkey for your account.",
    );
  });

  it("falls back to a general sentence for anything else", () => {
    expect(passkeyExceptionMessage("not even an Error", "sign-in")).toMatch(/^That passkey didn't sign you in/);
    expect(passkeyExceptionMessage(new TypeError("fetch failed"), "register")).toMatch(/^We couldn't add the passkey/);
  });
});

describe("passkeyResultMessage", () => {
  it("uses the verification sentence when the server could not verify the passkey", () => {
    expect(passkeyResultMessage("WebAuthnVerificationError", "sign-in")).toBe("We couldn't verify your passkey. Try again.");
  });

  it("does not repeat Auth.js's misleading Configuration for an unknown passkey", () => {
    expect(passkeyResultMessage("Configuration", "sign-in")).toMatch(/^That passkey didn't sign you in/);
    expect(passkeyResultMessage(undefined, "register")).toMatch(/^We couldn't add the passkey/);
  });
});
