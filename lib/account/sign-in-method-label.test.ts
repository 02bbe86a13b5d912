import { describe, expect, it } from "vitest";
import { signInMethodInSentence, signInMethodLabel } from "./sign-in-method-label";

const env = { AUTH_OIDC_ISSUER: "http://idp.test", AUTH_OIDC_ID: "id", AUTH_OIDC_SECRET: "s", AUTH_OIDC_NAME: "Acme SSO", AUTH_GITHUB_ID: "g", AUTH_GITHUB_SECRET: "s" };

describe("signInMethodLabel", () => {
  it("names the built-in methods and the configured providers", () => {
    expect(signInMethodLabel("nodemailer", env)).toBe("Email link");
    expect(signInMethodLabel("passkey", env)).toBe("Passkey");
    expect(signInMethodLabel("oidc", env)).toBe("Acme SSO");
    expect(signInMethodLabel("github", env)).toBe("GitHub");
  });

  it("keeps the id of a provider no longer configured, and says nothing for a row without one", () => {
    expect(signInMethodLabel("gitlab", env)).toBe("gitlab");
    expect(signInMethodLabel(null, env)).toBeUndefined();
    expect(signInMethodLabel(undefined, env)).toBeUndefined();
  });

  it("says the same methods within a sentence, providers by the same name", () => {
    expect(signInMethodInSentence("nodemailer", env)).toBe("an email link");
    expect(signInMethodInSentence("passkey", env)).toBe("a passkey");
    expect(signInMethodInSentence("oidc", env)).toBe("Acme SSO");
    expect(signInMethodInSentence("gitlab", env)).toBe("gitlab");
  });
});
