// A bounded memo of session tokens this process has already decrypted and authenticated with
// Auth.js's `decode`, so that a signed-in browser's every request does not pay for the same
// cryptography again: `decode` derives the key (HKDF), its thumbprint and imports it on every call,
// about 0.3 ms of CPU a token. The key is the token's exact text with the cookie name and the
// secrets it was read with, so a hit is the same answer `decode` would give, except for time: the
// token's times are judged again on every hit, as jose judges them for `decode`. Only tokens that
// decrypted are kept, so garbage cannot fill it; it holds no state of its own (no revocation, no
// limits) and one instance's memo changes nothing for another's.
import type { JWT } from "next-auth/jwt";
import { CLOCK_SKEW_SECONDS as CLOCK_TOLERANCE_SECONDS } from "./constants";

/** Whether the token's times are numbers where present, and hold now: not expired, not before its time. */
function claimTimesHold(claims: object, nowSeconds: number): boolean {
  const { exp, nbf, iat } = claims as { exp?: unknown; nbf?: unknown; iat?: unknown };
  if ([exp, nbf, iat].some((time) => time !== undefined && typeof time !== "number")) return false;
  if (typeof exp === "number" && exp <= nowSeconds - CLOCK_TOLERANCE_SECONDS) return false;
  if (typeof nbf === "number" && nbf > nowSeconds + CLOCK_TOLERANCE_SECONDS) return false;
  return true;
}

/** Enough for every browser an instance serves at once; about 1 KB each. */
export const VERIFIED_TOKENS_KEPT = 1000;

const verified = new Map<string, JWT>();

const keyOf = (token: string, secrets: readonly string[], salt: string) => `${salt}\u0000${secrets.join("\u0000")}\u0000${token}`;

/** The claims of a token read before with the same secrets and cookie name, if its times still hold. */
export function recallVerified(token: string, secrets: readonly string[], salt: string, nowSeconds = Math.floor(Date.now() / 1000)): JWT | undefined {
  const key = keyOf(token, secrets, salt);
  const claims = verified.get(key);
  if (!claims) return undefined;
  verified.delete(key);
  if (!claimTimesHold(claims, nowSeconds)) return undefined;
  // Most recently used last, so the oldest is the first dropped.
  verified.set(key, claims);
  // A copy: a caller that changes its session object changes nothing here.
  return { ...claims };
}

/** Keeps a token that just decrypted, dropping the least recently used beyond the bound. */
export function rememberVerified(token: string, secrets: readonly string[], salt: string, claims: JWT): void {
  verified.set(keyOf(token, secrets, salt), { ...claims });
  if (verified.size > VERIFIED_TOKENS_KEPT) {
    const oldest = verified.keys().next().value;
    if (oldest !== undefined) verified.delete(oldest);
  }
}
