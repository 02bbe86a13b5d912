// Sending an email sign-in link through Auth.js from a server action: the sign-in form's and the
// step-up confirmation's (a link to the account's own address). The email limits are decided inside
// Auth.js's signIn callback (auth.ts), atomically; the report says which one refused, where Auth.js
// itself only says AccessDenied.
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { isDatabaseUnavailable } from "../db/database-unavailable";
import { authErrorMessage } from "../messages/auth-errors";
import { emailLimitMessage } from "../messages/email-limits";
import { UNAVAILABLE_SIGN_IN_MESSAGE } from "../messages/unavailable";
import { recordingRefusals, type RefusalReport } from "./email-send-gate";

/** Sends the link (`address` already checked); answers why it was not sent, or undefined. */
export async function sendSignInLink(address: string, redirectTo: string): Promise<string | undefined> {
  const report: RefusalReport = {};
  try {
    // redirect: false, because Auth.js would answer with its own /api/auth/verify-request URL.
    await recordingRefusals(report, () => signIn("nodemailer", { email: address, redirectTo, redirect: false }));
    return undefined;
  } catch (error) {
    if (report.refusal) return emailLimitMessage(report.refusal.limit, report.refusal.retryAfterSeconds);
    if (isDatabaseUnavailable(error)) return UNAVAILABLE_SIGN_IN_MESSAGE;
    if (!(error instanceof AuthError)) throw error;
    return authErrorMessage(error.type);
  }
}
