// One way to make an AUTH_SECRET, used by `npm run secret` and by `npm run dev`'s first run. Ours on
// purpose: `npx auth secret` now runs another project's CLI (the npm name `auth` changed hands; it
// prints BETTER_AUTH_SECRET), and no message here may send anyone to a name others can publish under.
import { randomBytes } from "node:crypto";

/** 32 random bytes from the OS, base64url: 43 characters, safe unquoted in any .env file. */
export function newAuthSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** The line to paste into .env.local or a host's environment settings. */
export function authSecretLine(secret = newAuthSecret()): string {
  return `AUTH_SECRET=${secret}`;
}
