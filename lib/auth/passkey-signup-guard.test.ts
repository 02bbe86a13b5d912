import { describe, expect, it } from "vitest";
import { isPasskeySignup } from "./passkey-signup-guard";

const url = (path: string) => new URL(path, "http://localhost");

describe("isPasskeySignup", () => {
  it("flags passkey registration and email-based option requests", () => {
    expect(isPasskeySignup(url("/api/auth/webauthn-options/passkey?action=register"))).toBe(true);
    expect(isPasskeySignup(url("/api/auth/webauthn-options/passkey?email=new@example.com"))).toBe(true);
    expect(isPasskeySignup(url("/api/auth/webauthn-options/passkey?action=authenticate&action=register"))).toBe(true);
  });

  it("lets plain passkey sign-in and every other auth route through", () => {
    expect(isPasskeySignup(url("/api/auth/webauthn-options/passkey"))).toBe(false);
    expect(isPasskeySignup(url("/api/auth/webauthn-options/passkey?action=authenticate"))).toBe(false);
    expect(isPasskeySignup(url("/api/auth/session"))).toBe(false);
    expect(isPasskeySignup(url("/api/auth/signin/nodemailer?email=a@b.c"))).toBe(false);
  });
});
