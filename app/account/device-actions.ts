"use server";
// Ending the user's other sessions from the account page. Each action reads the session itself and
// deletes only rows of its own user: a form naming another user's session id matches nothing. The
// device loses access at its next check, within SESSION_REFRESH_SECONDS.
import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { endOtherSessions, endSessionOf } from "@/lib/auth/session-store";
import { withOutageMessage } from "@/lib/db/when-unavailable";
import { ACCOUNT_PAGE } from "@/lib/edge/route-rules";
import { formText } from "@/lib/request/form-field";
import { prisma } from "@/prisma";
import { nothingTyped, type ButtonState } from "./action-state";

/** "Sign out" on one other device. This device signs out with the header's button instead. */
export const signOutDevice = withOutageMessage(async (_previous: ButtonState, formData: unknown): Promise<ButtonState> => {
  const session = await requireSession();
  // The form names the row by its id, never by a session token.
  const id = formText(formData, "sessionId");
  const ended = await endSessionOf(prisma, { userId: session.user.id, id, currentToken: session.sessionId });
  if (ended === "current") return { error: "This is the device you are using: sign out with the button at the top." };
  if (ended === "gone") return { error: "This device was already signed out. Reload the page." };
  revalidatePath(ACCOUNT_PAGE);
  return {};
}, nothingTyped);

/** `ended`: how many other devices were signed out. */
export type SignOutOthersState = ButtonState & { ended?: number };

export const signOutOtherDevices = withOutageMessage(async (): Promise<SignOutOthersState> => {
  const session = await requireSession();
  // Without a session id (a cookie from before sessions had rows) there is no "this device" to keep.
  if (!session.sessionId) return { ended: 0 };
  const ended = await endOtherSessions(prisma, session.user.id, session.sessionId);
  revalidatePath(ACCOUNT_PAGE);
  return { ended };
}, nothingTyped);
