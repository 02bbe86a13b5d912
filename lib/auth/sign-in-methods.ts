// Which ways in this app offers: switch one off here and the providers, the pages, the routes and
// the tests follow. A provider that is on still needs its variables (providers.ts); email links
// need EMAIL_SERVER in production. Edge-safe: the middleware reads the provider switches too.
import type { ProviderId } from "./providers";

export type SignInMethods = {
  /** Magic links by email (lib/auth/email-provider.ts). */
  emailLinks: boolean;
  /** Passkeys: the sign-in button, the account page's section, Auth.js's WebAuthn routes. */
  passkeys: boolean;
  /** Providers of the registry (providers.ts) switched on or off; one left out here is on, so adding a provider is one registry entry. */
  providers: Partial<Record<ProviderId, boolean>>;
};

export const signInMethods: SignInMethods = {
  emailLinks: true,
  passkeys: true,
  providers: { github: true, google: true, discord: true, oidc: true },
};

/** Whether a registry provider is switched on: unless it is listed here as `false`. */
export const providerSwitchedOn = (id: ProviderId, methods: SignInMethods = signInMethods): boolean => methods.providers[id] !== false;
