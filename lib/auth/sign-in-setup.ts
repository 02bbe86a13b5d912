// What auth.ts builds from the sign-in method switches (lib/auth/sign-in-methods.ts) and the
// environment: the providers Auth.js runs, whether its WebAuthn routes exist, and what the pages offer.
import type { Provider } from "next-auth/providers";
import Passkey from "next-auth/providers/passkey";
import type { Env } from "../edge/env";
import { oauthProviders } from "./oauth-providers";
import { providerConfig } from "./providers";
import { signInMethods, type SignInMethods } from "./sign-in-methods";
import { emailProvider } from "./email-provider";

export type SignInOptions = {
  /** The OAuth/OIDC buttons, by Auth.js id and the name the button shows. */
  oauth: { id: string; name: string }[];
  email: boolean;
  passkey: boolean;
};

export function signInSetup(methods: SignInMethods = signInMethods, env?: Env) {
  const oauth = oauthProviders(env, methods);
  const email = methods.emailLinks ? emailProvider(env) : undefined;
  const providers: Provider[] = [...oauth, ...(email ? [email] : []), ...(methods.passkeys ? [Passkey] : [])];
  const options: SignInOptions = {
    oauth: oauth.map((provider) => {
      const { id, name } = providerConfig(provider);
      return { id, name };
    }),
    email: Boolean(email),
    passkey: methods.passkeys,
  };
  // Without the flag Auth.js answers its WebAuthn routes as for any provider it does not know.
  return { providers, enableWebAuthn: methods.passkeys, options };
}
