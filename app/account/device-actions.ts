"use server";
// Ending the user's other sessions from the account page. Each action asks the step-up guard first
// (lib/auth/step-up.ts: a copied cookie must not sign its owner out everywhere), reads the session
// itself and deletes only rows of its own user: a form naming another user's session id matches
// nothing. The device loses access at its next check, within SESSION_REFRESH_SECONDS.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { recordSecurityEvent } from "@/lib/account/security-log";
import { endOtherSessions, endSessionOf } from "@/lib/auth/session-store";
import { requireRecentSignIn } from "@/lib/auth/step-up";
import { withOutageMessage } from "@/lib/db/when-unavailable";
import { ACCOUNT_PAGE } from "@/lib/edge/route-rules";
import { formText } from "@/lib/request/form-field";
import { prisma } from "@/prisma";
import { nothingTyped, type ButtonState } from "./action-state";

/** The security log's entry: how many other devices this session signed out. */
async function logSignedOut(userId: string, count: number): Promise<void> {
  await recordSecurityEvent(prisma, { userId, kind: "other-devices-signed-out", detail: { count }, headers: await headers() });
}

/** "Sign out" on one other device. This device signs out with the header's button instead. */
export const signOutDevice = withOutageMessage(async (_previous: ButtonState, formData: unknown): Promise<ButtonState> => {
  const { userId, sessionId, refusal } = await requireRecentSignIn("sign-out-devices");
  if (refusal) return refusal;
  // The form names the row by its id, never by a session token.
  const id = formText(formData, "sessionId");
  const ended = await endSessionOf(prisma, { userId, id, currentToken: sessionId });
  if (ended === "current") return { error: "This is the device you are using: sign out with the button at the top." };
  if (ended === "gone") return { error: "This device was already signed out. Reload the page." };
  await logSignedOut(userId, 1);
  revalidatePath(ACCOUNT_PAGE);
  return {};
}, nothingTyped);

/** `ended`: how many other devices were signed out. */
export type SignOutOthersState = ButtonState & { ended?: number };

export const signOutOtherDevices = withOutageMessage(async (): Promise<SignOutOthersState> => {
  const { userId, sessionId, refusal } = await requireRecentSignIn("sign-out-devices");
  if (refusal) return refusal;
  // Without a session id (a cookie from before sessions had rows) there is no "this device" to keep.
  if (!sessionId) return { ended: 0 };
  const ended = await endOtherSessions(prisma, userId, sessionId);
  if (ended > 0) await logSignedOut(userId, ended);
  revalidatePath(ACCOUNT_PAGE);
  return { ended };
}, nothingTyped);
