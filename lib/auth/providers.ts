// The OAuth/OIDC providers, one entry each: everything the app knows about a provider is here.
// Derived from this list: the providers Auth.js runs (auth.config.ts, so the edge too), the startup
// check of their variables (lib/env/checks.ts), the sign-in page's and the account page's buttons
// (signInOptions in auth.ts), the "no sign-in method" help, and .env.example (a test compares it).
// Adding one: README, "Add a provider". Switching one off: sign-in-methods.ts.
// Edge-safe: these Auth.js providers are plain objects, no database, no Node.
import type { Profile } from "next-auth";
import type { Provider } from "next-auth/providers";
import Discord from "next-auth/providers/discord";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import type { Env } from "../edge/env";

export type ProviderVariable = {
  name: string;
  /** Required variables enable the provider together: all set turns it on, some set is an error. */
  required: boolean;
};

export type ProviderEntry = {
  /** Auth.js's provider id: the callback URL is /api/auth/callback/<id>, the variables AUTH_<ID>_*. */
  id: string;
  /** How messages and docs name it; its button may say otherwise (the provider's own `name`). */
  name: string;
  variables: readonly ProviderVariable[];
  /** The Auth.js provider (its config, or its function), from its variables (every required one set). */
  build: (variables: Env) => Provider;
  /**
   * Whether the profile, as the provider sent it, says the email address was verified. Without a
   * rule, the provider is taken at its word (see verified-email.ts for what that costs).
   */
  emailVerified?: (profile: Profile) => boolean;
};

/** OpenID Connect's `email_verified`. Some identity providers (AWS Cognito) send it as a string, whatever Auth.js's type says. */
export function oidcEmailVerified(profile: Profile): boolean {
  const claim: unknown = profile.email_verified;
  return claim === true || claim === "true";
}

const secretPair = (id: string): ProviderVariable[] => [
  { name: `AUTH_${id.toUpperCase()}_ID`, required: true },
  { name: `AUTH_${id.toUpperCase()}_SECRET`, required: true },
];

export const PROVIDERS = [
  {
    id: "github",
    name: "GitHub",
    variables: secretPair("github"),
    // Auth.js reads AUTH_GITHUB_ID and AUTH_GITHUB_SECRET by itself ("env auto-wiring").
    build: () => GitHub,
    // No rule: GitHub's profile does not say. Auth.js takes the public address (GitHub lets only a
    // verified one be public), else the primary one from /user/emails without reading its
    // `verified` flag, so an address GitHub has not verified can open a new account here.
  },
  {
    id: "google",
    name: "Google",
    variables: secretPair("google"),
    build: () => Google,
    emailVerified: oidcEmailVerified,
  },
  {
    id: "discord",
    name: "Discord",
    variables: secretPair("discord"),
    build: () => Discord,
    // Discord's user object says it in `verified` (https://discord.com/developers/docs/resources/user).
    emailVerified: (profile) => profile.verified === true,
  },
  {
    id: "oidc",
    name: "OpenID Connect",
    variables: [
      { name: "AUTH_OIDC_ISSUER", required: true },
      ...secretPair("oidc"),
      { name: "AUTH_OIDC_NAME", required: false },
    ],
    // Any standards-compliant identity provider: Keycloak, Auth0, Okta, a local IdP… Auth.js reads
    // AUTH_OIDC_ID and AUTH_OIDC_SECRET by itself.
    build: (variables) => ({ id: "oidc", name: variables.AUTH_OIDC_NAME || "Single sign-on", type: "oidc", issuer: variables.AUTH_OIDC_ISSUER }),
    // An identity provider that leaves the claim out is refused: check that yours sends it.
    emailVerified: oidcEmailVerified,
  },
] as const satisfies readonly ProviderEntry[];

export type ProviderId = (typeof PROVIDERS)[number]["id"];

/** The variables that turn the entry on, all together. */
export const requiredVariables = (entry: ProviderEntry) => entry.variables.filter((v) => v.required).map((v) => v.name);

/** The registry's entry for an Auth.js provider id, if it is one of them. */
export const providerEntry = (id: string): ProviderEntry | undefined => PROVIDERS.find((entry) => entry.id === id);

/** The provider's config, whether Auth.js was given it or the function that makes it. */
export const providerConfig = (provider: Provider) => (typeof provider === "function" ? provider() : provider);
