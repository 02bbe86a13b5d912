// The one check every sign-in email passes before Auth.js makes its token and sends it: Auth.js
// calls the signIn callback (auth.ts) after the CSRF check and the address's normalisation, and
// before createVerificationToken and sendVerificationRequest, which it runs together. Whoever
// called Auth.js (the sign-in form's server action, or the route handler in front of
// POST /api/auth/signin/nodemailer) learns why an email was refused through recordingRefusals(),
// since Auth.js itself only says AccessDenied.
import { AsyncLocalStorage } from "node:async_hooks";
import { headers } from "next/headers";
import { prisma } from "@/prisma";
import { retryingConnectFailure } from "../db/database-unavailable";
import { clientKey } from "../request/client-address";
import { emailLimits, reserveSignInEmail, type EmailRefusal } from "./email-limits";

/** Filled in while a sign-in call runs: the limit that refused its email, if one did. */
export type RefusalReport = { refusal?: EmailRefusal };

const reports = new AsyncLocalStorage<RefusalReport>();

/** Whether an email to `address` may be sent now; counts it when it may. */
export async function allowSignInEmail(address: string): Promise<boolean> {
  const client = clientKey(await headers());
  // A transaction whose connection never opened is safe to start again (Neon waking up).
  const refusal = await retryingConnectFailure(() => reserveSignInEmail(prisma, { address, client }, emailLimits()));
  const report = reports.getStore();
  if (refusal && report) report.refusal = refusal;
  return !refusal;
}

/** Runs `signInCall` (which may throw) with `report` receiving the refusal of its email, if any. */
export const recordingRefusals = <T>(report: RefusalReport, signInCall: () => Promise<T>): Promise<T> => reports.run(report, signInCall);
