// Recovery codes: RECOVERY_CODE_COUNT random codes of 50 bits each (ten base32 characters, shown as
// two groups of five), for when the authenticator is lost. Stored as SHA-256 digests: random codes
// need no slow hash, and a database leak gives nothing to type.
import { createHash, randomBytes } from "node:crypto";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";

export const RECOVERY_CODE_COUNT = 10;

/** New codes as shown to the user: "abcde-fghij". */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    // 50 bits: 7 bytes encode to 12 characters, of which the first 10 carry 50 whole bits.
    const text = encodeBase32LowerCaseNoPadding(randomBytes(7)).slice(0, 10);
    return `${text.slice(0, 5)}-${text.slice(5)}`;
  });
}

/** A code as typed (any case, with or without the dash or spaces), as its ten characters; undefined when it cannot be one. */
export function recoveryCodeText(input: string): string | undefined {
  const text = input.replace(/[\s-]/g, "").toLowerCase();
  return /^[a-z2-7]{10}$/.test(text) ? text : undefined;
}

/** What is stored for a code (typed or as shown). */
export const recoveryCodeHash = (code: string): string =>
  createHash("sha256").update(recoveryCodeText(code) ?? code).digest("hex");
