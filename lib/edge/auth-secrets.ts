// The secrets that encrypt the session cookie, newest first: Auth.js encrypts with the first and
// decrypts with any. @auth/core reads AUTH_SECRET_1..3 for rotation (nextauthjs/next-auth#9804), but
// next-auth's own setEnvDefaults sets `secret` from AUTH_SECRET before @auth/core looks, so those
// variables are ignored unless the config lists them itself (node_modules/next-auth/lib/env.js).
// Same order as @auth/core: AUTH_SECRET_3, _2, _1 are newer than AUTH_SECRET.
import type { Env } from "./env";
export const ROTATION = ["AUTH_SECRET_3", "AUTH_SECRET_2", "AUTH_SECRET_1", "AUTH_SECRET"] as const;

/** Undefined when none is set, so Auth.js reports its own MissingSecret. */
export function authSecrets(env: Env = process.env): string[] | undefined {
  const secrets = ROTATION.map((name) => env[name]).filter((secret): secret is string => Boolean(secret));
  return secrets.length ? secrets : undefined;
}
