// The OAuth/OIDC providers, each enabled only when its credentials are in the environment.
// They need no database, so the edge middleware can load them too.
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";

type Env = Record<string, string | undefined>;

export function oauthProviders(env: Env = process.env): Provider[] {
  const providers: Provider[] = [];
  // Auth.js reads AUTH_<ID>_ID and AUTH_<ID>_SECRET by itself ("env auto-wiring").
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) providers.push(GitHub);
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) providers.push(Google);
  if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID && env.AUTH_OIDC_SECRET) {
    // Any standards-compliant identity provider: Keycloak, Auth0, Okta, Entra ID, a local IdP…
    providers.push({
      id: "oidc",
      name: env.AUTH_OIDC_NAME || "Single sign-on",
      type: "oidc",
      issuer: env.AUTH_OIDC_ISSUER,
    });
  }
  return providers;
}
