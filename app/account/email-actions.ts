"use server";
// Changing the email address (lib/account/email-change.ts). Each action reads the session itself:
// the request names only the new address (and, opening the link, its token), never a user.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { refreshSession } from "@/auth";
import { applyEmailChange, checkNewAddress, createEmailChange, EMAIL_CHANGE_LINK_MINUTES, EMAIL_CHANGE_PAGE, emailChangeLinkParams } from "@/lib/account/email-change";
import { confirmEmailChangeMail, emailChangeNoticeMail } from "@/lib/account/email-change-mail";
import { canSendAccountMail, sendAccountMail } from "@/lib/auth/account-mail";
import { checkMailbox } from "@/lib/auth/email-address";
import { emailLimits, reserveSignInEmail } from "@/lib/auth/email-limits";
import { requireSession } from "@/lib/auth/session";
import { requireRecentSignIn } from "@/lib/auth/step-up";
import { retryingConnectFailure } from "@/lib/db/database-unavailable";
import { withOutageMessage } from "@/lib/db/when-unavailable";
import { ACCOUNT_PAGE } from "@/lib/edge/route-rules";
import { emailLimitMessage } from "@/lib/messages/email-limits";
import { clientKey } from "@/lib/request/client-address";
import { formText } from "@/lib/request/form-field";
import { requestOrigins } from "@/lib/request/request-origin";
import { prisma } from "@/prisma";
import { keepTyped, nothingTyped, type ButtonState, type FieldState } from "./action-state";

const NO_MAIL = "Email is not set up on this server (EMAIL_SERVER), so the address cannot be changed.";

export const requestEmailChange = withOutageMessage(async (_previous: FieldState, formData: unknown): Promise<FieldState> => {
  const typed = formText(formData, "email");
  // A copied cookie must not be enough to move the account to another inbox (step-up).
  const { userId, refusal: stepUp } = await requireRecentSignIn("change-email");
  if (stepUp) return { value: typed, ...stepUp };
  if (!canSendAccountMail()) return { value: typed, error: NO_MAIL };
  const mailbox = checkMailbox(typed);
  if (!mailbox.ok) return { value: typed, error: mailbox.problem };
  // The sign-in email limits, counted before the address is looked up: this form must become neither
  // a way to mail any inbox without end nor a way to test, without end, which addresses have accounts.
  const client = clientKey(await headers());
  const refusal = await retryingConnectFailure(() => reserveSignInEmail(prisma, { address: mailbox.address, client }, emailLimits()));
  if (refusal) return { value: typed, error: emailLimitMessage(refusal.limit, refusal.retryAfterSeconds) };
  const check = await checkNewAddress(prisma, userId, typed);
  if (!check.ok) return { value: typed, error: check.problem };
  const token = await createEmailChange(prisma, userId, check.address, new Date());
  const origin = (await requestOrigins())[0];
  const link = `${origin}${EMAIL_CHANGE_PAGE}?${emailChangeLinkParams(check.address, token)}`;
  try {
    await sendAccountMail(confirmEmailChangeMail({ to: check.address, link, minutes: EMAIL_CHANGE_LINK_MINUTES }));
    await sendAccountMail(emailChangeNoticeMail({ to: check.from, newAddress: check.address, accountUrl: `${origin}${ACCOUNT_PAGE}` }));
  } catch (error) {
    console.error("email change: a mail was not sent:", error instanceof Error ? error.message : error);
    return { value: typed, error: "The email could not be sent. Try again in a few minutes." };
  }
  return { value: check.address, saved: true };
}, keepTyped("email"));

/** Opening the link: the button on the confirmation page posts the link's address and token. */
export const confirmEmailChange = withOutageMessage(async (_previous: ButtonState, formData: unknown): Promise<ButtonState> => {
  const session = await requireSession();
  const outcome = await applyEmailChange(prisma, {
    userId: session.user.id,
    email: formText(formData, "email"),
    token: formText(formData, "token"),
    now: new Date(),
    headers: await headers(),
  });
  if (!outcome.ok) return { error: outcome.problem };
  // The header shows the session's address: re-issue the session now rather than at its next check.
  await refreshSession({});
  redirect(ACCOUNT_PAGE);
}, nothingTyped);
