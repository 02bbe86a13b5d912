// The OAuth/OIDC providers this server runs: the registry's entries that are switched on
// (sign-in-methods.ts) and whose required variables are all set. auth.ts runs them; the edge
// middleware never runs a sign-in and does not load them.
import type { Provider } from "next-auth/providers";
import { providerVariables } from "../env/settings";
import type { Env } from "../edge/env";
import { PROVIDERS, requiredVariables, type ProviderEntry } from "./providers";
import { providerSwitchedOn, signInMethods, type SignInMethods } from "./sign-in-methods";

/** The registry's entries switched on in sign-in-methods.ts, set up or not. */
export const switchedOnProviders = (methods: SignInMethods = signInMethods): ProviderEntry[] =>
  PROVIDERS.filter((entry) => providerSwitchedOn(entry.id, methods));

/** Those this environment turns on. */
export function enabledProviderEntries(env?: Env, methods: SignInMethods = signInMethods): ProviderEntry[] {
  return switchedOnProviders(methods).filter((entry) => {
    const set = providerVariables(entry, env);
    return requiredVariables(entry).every((name) => set[name]);
  });
}

export function oauthProviders(env?: Env, methods: SignInMethods = signInMethods): Provider[] {
  return enabledProviderEntries(env, methods).map((entry) => entry.build(providerVariables(entry, env)));
}
