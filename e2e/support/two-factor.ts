// Two-factor from the user's side: the code an authenticator app would show, computed from the key
// the account page displays, and turning two-factor on through that page.
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { expect, type Page } from "@playwright/test";
import { TOTP_DIGITS, TOTP_STEP_SECONDS } from "../../lib/two-factor/totp";

/** The TOTP step of this moment. */
export const currentStep = () => BigInt(Math.floor(Date.now() / 1000 / TOTP_STEP_SECONDS));

/** The code for the step `stepsAhead` steps from now (the server accepts one either side). */
export const codeFor = (key: Uint8Array, stepsAhead = 0) => generateHOTP(key, currentStep() + BigInt(stepsAhead), TOTP_DIGITS);

/** Waits until the step after `usedStep` is within the server's window from now (each step's code works once, and only later steps after it). */
export async function waitForStepAfter(usedStep: bigint): Promise<void> {
  while (currentStep() + 1n <= usedStep) await new Promise((resolve) => setTimeout(resolve, 1000));
}

/** The account page's two-factor section, after "Set up…": the key it shows, decoded. */
export async function setupKey(page: Page): Promise<Uint8Array> {
  const section = page.getByRole("region", { name: "Two-factor authentication" });
  await section.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(section.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  return decodeBase32IgnorePadding((await section.getByTestId("two-factor-secret").textContent()) ?? "");
}

/** Turns two-factor on from /account (already open) with the current step's code; answers the key and the recovery codes shown. */
export async function turnOnTwoFactor(page: Page): Promise<{ key: Uint8Array; recoveryCodes: string[] }> {
  const section = page.getByRole("region", { name: "Two-factor authentication" });
  const key = await setupKey(page);
  await section.getByLabel("Code from the app").fill(codeFor(key));
  await section.getByRole("button", { name: "Turn on" }).click();
  const listed = section.getByTestId("recovery-codes").getByRole("listitem");
  await expect(listed).toHaveCount(10);
  return { key, recoveryCodes: await listed.allTextContents() };
}
