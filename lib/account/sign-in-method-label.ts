// How a sign-in method is named to its user, from Auth.js's provider id (which
// `sessions.sign_in_method` and the security log keep): as a label in the devices list and the
// new-device email, within a sentence in the security activity.
import { oauthProviders } from "../auth/oauth-providers";
import type { Env } from "../edge/env";
import { providerConfig } from "../auth/providers";

const BUILT_IN: Record<string, { label: string; inSentence: string }> = {
  nodemailer: { label: "Email link", inSentence: "an email link" },
  passkey: { label: "Passkey", inSentence: "a passkey" },
};

/** The name the sign-in page shows ("GitHub"); the id of a provider since removed from the environment, still better than nothing. */
function providerName(id: string, env?: Env): string {
  return oauthProviders(env).map(providerConfig).find((provider) => provider.id === id)?.name ?? id;
}

/** "Email link", "Passkey", or the provider's name ("GitHub"); undefined for a row that does not say. */
export function signInMethodLabel(method: string | null | undefined, env?: Env): string | undefined {
  if (!method) return undefined;
  return BUILT_IN[method]?.label ?? providerName(method, env);
}

/** The method within a sentence: "with a passkey", "Added a way to sign in: GitHub". */
export const signInMethodInSentence = (method: string, env?: Env): string => BUILT_IN[method]?.inSentence ?? providerName(method, env);
