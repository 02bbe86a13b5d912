// RFC 6238 codes through @oslojs/otp (6 digits, 30-second steps, SHA-1: what every authenticator
// app reads from an otpauth:// URI). The step a code matched is returned so the caller can refuse
// a second use of it (lib/two-factor/store.ts keeps the last one used).
import { randomBytes } from "node:crypto";
import { encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, verifyHOTP } from "@oslojs/otp";

export const TOTP_DIGITS = 6;
export const TOTP_STEP_SECONDS = 30;
/** Steps accepted either side of now: a phone's clock a little off, or a code typed as it changed. */
const DRIFT_STEPS = 1;

/** A new 160-bit key (RFC 4226's recommended length). */
export const newTotpKey = (): Uint8Array => new Uint8Array(randomBytes(20));

/** The key as authenticator apps take it typed in: base32, no padding. */
export const keyText = (key: Uint8Array): string => encodeBase32UpperCaseNoPadding(key);

/** The otpauth:// URI the QR code carries. */
export const keyUri = (key: Uint8Array, issuer: string, account: string): string =>
  createTOTPKeyURI(issuer, account, key, TOTP_STEP_SECONDS, TOTP_DIGITS);

/** Whether `code` is six digits (spaces typed between groups left out); the digits, or undefined. */
export function codeDigits(code: string): string | undefined {
  const digits = code.replace(/\s/g, "");
  return new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(digits) ? digits : undefined;
}

/** The step `code` belongs to (now ±1 step), later than `lastUsedStep`; undefined when none is. */
export function matchingStep(key: Uint8Array, code: string, now: Date, lastUsedStep: bigint | null): bigint | undefined {
  const digits = codeDigits(code);
  if (!digits) return undefined;
  const current = BigInt(Math.floor(now.getTime() / 1000 / TOTP_STEP_SECONDS));
  for (let offset = -DRIFT_STEPS; offset <= DRIFT_STEPS; offset++) {
    const step = current + BigInt(offset);
    if (lastUsedStep !== null && step <= lastUsedStep) continue;
    if (verifyHOTP(key, step, TOTP_DIGITS, digits)) return step;
  }
  return undefined;
}
