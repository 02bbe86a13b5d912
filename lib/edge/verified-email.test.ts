import { describe, expect, it } from "vitest";
import { providerDeniesEmail } from "./verified-email";

describe("providerDeniesEmail", () => {
  it("refuses an address the provider says it has not verified", () => {
    expect(providerDeniesEmail({ email: "a@example.com", email_verified: false })).toBe(true);
    expect(providerDeniesEmail({ email: "a@example.com", email_verified: "false" })).toBe(true);
  });

  it("accepts verified addresses and providers that do not say", () => {
    expect(providerDeniesEmail({ email: "a@example.com", email_verified: true })).toBe(false);
    expect(providerDeniesEmail({ email: "a@example.com", email_verified: "true" })).toBe(false);
    expect(providerDeniesEmail({ email: "a@example.com" })).toBe(false);
    expect(providerDeniesEmail(undefined)).toBe(false);
  });
});
