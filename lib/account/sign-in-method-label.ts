// How a sign-in is named to its user (the devices list, the new-device email): from Auth.js's
// provider id, which `sessions.sign_in_method` and the security log keep.
import { oauthProviders } from "../edge/oauth-providers";
import type { Env } from "../edge/env";

const BUILT_IN: Record<string, string> = { nodemailer: "Email link", passkey: "Passkey" };

/** "Email link", "Passkey", or the provider's name ("GitHub"); undefined for a row that does not say. */
export function signInMethodLabel(method: string | null | undefined, env: Env = process.env): string | undefined {
  if (!method) return undefined;
  const builtIn = BUILT_IN[method];
  if (builtIn) return builtIn;
  for (const provider of oauthProviders(env)) {
    const { id, name } = typeof provider === "function" ? provider() : provider;
    if (id === method) return name;
  }
  // A provider since removed from the environment: its id is still better than nothing.
  return method;
}
