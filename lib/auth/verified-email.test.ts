import type { Profile } from "next-auth";
import { describe, expect, it } from "vitest";
import { PROVIDERS } from "./providers";
import { emailNotVouchedFor } from "./verified-email";

const email = "a@example.com";
// Claims as a provider sends them, strings where Auth.js's type says boolean included.
const claims = (fields: Record<string, unknown>) => ({ email, ...fields }) as Profile;

describe("emailNotVouchedFor: each registry entry's rule", () => {
  it.each(["google", "oidc"])("%s: email_verified true (or the string some IdPs send) lets it in, anything else is refused", (id) => {
    expect(emailNotVouchedFor(id, claims({ email_verified: true }))).toBe(false);
    expect(emailNotVouchedFor(id, claims({ email_verified: "true" }))).toBe(false);
    expect(emailNotVouchedFor(id, claims({ email_verified: false }))).toBe(true);
    expect(emailNotVouchedFor(id, claims({ email_verified: "false" }))).toBe(true);
    expect(emailNotVouchedFor(id, claims({}))).toBe(true);
    expect(emailNotVouchedFor(id, undefined)).toBe(true);
  });

  it("discord: its own `verified` field decides, not email_verified", () => {
    expect(emailNotVouchedFor("discord", claims({ verified: true }))).toBe(false);
    expect(emailNotVouchedFor("discord", claims({ verified: false }))).toBe(true);
    expect(emailNotVouchedFor("discord", claims({ verified: false, email_verified: true }))).toBe(true);
    expect(emailNotVouchedFor("discord", claims({ verified: "true" }))).toBe(true);
    expect(emailNotVouchedFor("discord", claims({}))).toBe(true);
  });

  it("github: its profile does not say, so it is taken at its word", () => {
    expect(emailNotVouchedFor("github", claims({}))).toBe(false);
    expect(emailNotVouchedFor("github", claims({ email_verified: false }))).toBe(false);
  });

  it("leaves providers outside the registry (email links, passkeys) to their own checks", () => {
    expect(emailNotVouchedFor("nodemailer", claims({ email_verified: false }))).toBe(false);
  });

  it("has a rule for every entry but GitHub: a new provider without one is a decision to write down here", () => {
    const withoutRule = PROVIDERS.filter((entry) => !("emailVerified" in entry)).map((entry) => entry.id);
    expect(withoutRule).toEqual(["github"]);
  });
});
