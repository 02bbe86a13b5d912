import { describe, expect, it } from "vitest";
import { providerConfig } from "./providers";
import { signInMethods, type SignInMethods } from "./sign-in-methods";
import { signInSetup } from "./sign-in-setup";

const env = { AUTH_OIDC_ISSUER: "https://idp.example.com", AUTH_OIDC_ID: "a", AUTH_OIDC_SECRET: "b", NODE_ENV: "development" };
const ids = (setup: ReturnType<typeof signInSetup>) => setup.providers.map((provider) => providerConfig(provider).id);
const switched = (change: Partial<SignInMethods>): SignInMethods => ({ ...signInMethods, ...change });

describe("signInSetup: what auth.ts and the pages derive from the switches", () => {
  it("runs every method switched on and set up", () => {
    const setup = signInSetup(switched({ emailLinks: true, passkeys: true }), env);
    expect(ids(setup)).toEqual(["oidc", "nodemailer", "passkey"]);
    expect(setup.enableWebAuthn).toBe(true);
    expect(setup.options).toEqual({ oauth: [{ id: "oidc", name: "Single sign-on" }], email: true, passkey: true });
  });

  it("with passkeys off: no Passkey provider, no WebAuthn routes, nothing for the pages to show", () => {
    const setup = signInSetup(switched({ passkeys: false }), env);
    expect(ids(setup)).not.toContain("passkey");
    expect(setup.enableWebAuthn).toBe(false);
    expect(setup.options.passkey).toBe(false);
  });

  it("with email links off: no email provider, even in development where it needs no SMTP server", () => {
    const setup = signInSetup(switched({ emailLinks: false }), env);
    expect(ids(setup)).not.toContain("nodemailer");
    expect(setup.options.email).toBe(false);
  });

  it("with a provider off: neither its provider nor its buttons, its variables set or not", () => {
    const setup = signInSetup(switched({ providers: { ...signInMethods.providers, oidc: false } }), env);
    expect(ids(setup)).not.toContain("oidc");
    expect(setup.options.oauth).toEqual([]);
  });
});
