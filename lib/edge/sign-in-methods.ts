// Which ways in this app offers: switch one off here and the providers, the pages, the routes and
// the tests follow. A provider that is on still needs its variables (providers.ts); email links
// need EMAIL_SERVER in production. Edge-safe: the middleware reads the provider switches too.
import type { ProviderId } from "./providers";

export type SignInMethods = {
  /** Magic links by email (lib/auth/email-provider.ts). */
  emailLinks: boolean;
  /** Passkeys: the sign-in button, the account page's section, Auth.js's WebAuthn routes. */
  passkeys: boolean;
  /** Each OAuth/OIDC provider of the registry (providers.ts). */
  providers: Record<ProviderId, boolean>;
};

export const signInMethods: SignInMethods = {
  emailLinks: true,
  passkeys: true,
  providers: { github: true, google: true, discord: true, oidc: true },
};
