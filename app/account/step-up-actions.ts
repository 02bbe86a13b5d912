"use server";
// The emailed confirmation of step-up: a sign-in link to the account's own address (read from the
// database by the session's user id, never from the form), coming back to the action waiting for it.
// Opened in this browser, it signs in again: a new session row, its `verified_at` now.
import { signInOptions } from "@/auth";
import { requireSession } from "@/lib/auth/session";
import { sendSignInLink } from "@/lib/auth/send-sign-in-link";
import { withOutageMessage } from "@/lib/db/when-unavailable";
import { isStepUpAction } from "@/lib/messages/step-up";
import { stepUpPage } from "@/lib/messages/step-up-link";
import { formText } from "@/lib/request/form-field";
import { prisma } from "@/prisma";
import { nothingTyped } from "./action-state";

/** `sentTo`: the address the link went to. */
export type EmailConfirmationState = { error?: string; sentTo?: string };

export const emailConfirmationLink = withOutageMessage(async (_previous: EmailConfirmationState, formData: unknown): Promise<EmailConfirmationState> => {
  const session = await requireSession();
  const action = formText(formData, "action");
  if (!signInOptions.email) return { error: "Email sign-in links are turned off on this server: confirm another way." };
  if (!isStepUpAction(action)) return { error: "This confirmation is for an action the account page doesn't have. Reload the page." };
  const user = await prisma.user.findUnique({ where: { id: session.user.id }, select: { email: true } });
  if (!user?.email) return { error: "This account has no email address to send a link to." };
  const refusal = await sendSignInLink(user.email, stepUpPage(action));
  return refusal ? { error: refusal } : { sentTo: user.email };
}, nothingTyped);
