import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { enabledProviderEntries, oauthProviders } from "./oauth-providers";
import { PROVIDERS, providerConfig, requiredVariables } from "./providers";
import { signInMethods, type SignInMethods } from "./sign-in-methods";

const allSet = Object.fromEntries(PROVIDERS.flatMap((entry) => requiredVariables(entry)).map((name) => [name, "x"]));

describe("the provider registry", () => {
  it("names each entry's variables after its id, as Auth.js's env auto-wiring reads them", () => {
    for (const entry of PROVIDERS) {
      for (const { name } of entry.variables) expect(name, entry.id).toMatch(new RegExp(`^AUTH_${entry.id.toUpperCase()}_[A-Z]+$`));
    }
  });

  it("builds each entry into the Auth.js provider of the same id", () => {
    for (const entry of PROVIDERS) expect(providerConfig(entry.build(allSet)).id, entry.name).toBe(entry.id);
  });

  it("turns a provider on only when all of its required variables are set", () => {
    expect(oauthProviders({})).toEqual([]);
    expect(enabledProviderEntries(allSet).map((entry) => entry.id)).toEqual(PROVIDERS.map((entry) => entry.id));
    expect(enabledProviderEntries({ ...allSet, AUTH_OIDC_ISSUER: undefined }).map((entry) => entry.id)).not.toContain("oidc");
  });

  it("leaves out a provider switched off in sign-in-methods.ts, whatever the environment", () => {
    const methods: SignInMethods = { ...signInMethods, providers: { ...signInMethods.providers, google: false } };
    expect(enabledProviderEntries(allSet, methods).map((entry) => entry.id)).toEqual(PROVIDERS.map((entry) => entry.id).filter((id) => id !== "google"));
  });

  it("keeps a provider left out of sign-in-methods.ts on: a new provider is one registry entry", () => {
    const methods: SignInMethods = { ...signInMethods, providers: {} };
    expect(enabledProviderEntries(allSet, methods).map((entry) => entry.id)).toEqual(PROVIDERS.map((entry) => entry.id));
  });

  it("labels the OIDC button from AUTH_OIDC_NAME", () => {
    const oidc = PROVIDERS.find((entry) => entry.id === "oidc");
    expect(oidc && providerConfig(oidc.build({ ...allSet, AUTH_OIDC_NAME: "Okta" })).name).toBe("Okta");
    expect(oidc && providerConfig(oidc.build(allSet)).name).toBe("Single sign-on");
  });
});

describe(".env.example's provider section", () => {
  const text = readFileSync(new URL("../../.env.example", import.meta.url), "utf8");
  const section = text.slice(text.indexOf("# ── OAuth / OIDC providers"), text.indexOf("# ── Tests"));

  it("lists exactly the registry's variables, in its order", () => {
    const listed = [...section.matchAll(/^# ([A-Z0-9_]+)=/gm)].map((match) => match[1]);
    expect(listed).toEqual(PROVIDERS.flatMap((entry) => entry.variables.map((v) => v.name)));
  });

  it("gives each provider's callback URL", () => {
    for (const entry of PROVIDERS) expect(section).toContain(`callback URL https://<your domain>/api/auth/callback/${entry.id}`);
  });
});
