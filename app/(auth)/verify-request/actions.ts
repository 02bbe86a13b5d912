"use server";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { sendSignInLink } from "@/lib/auth/send-sign-in-link";
import { formText } from "@/lib/request/form-field";
import { requestOrigins } from "@/lib/request/request-origin";
import { readSentNotice } from "./sent-notice";
import { NOTICE_PARAM } from "./sent-notice-param";

export type ResendState = { sent?: boolean; error?: string };

/**
 * "Resend": the same send as the sign-in form's (sendSignInLink, with its limits), to the address
 * the page's token names; never to an address the request carries in the clear.
 */
export async function resendSignInLink(_previous: ResendState, formData: unknown): Promise<ResendState> {
  const notice = await readSentNotice(formText(formData, NOTICE_PARAM));
  if (!notice) return { error: "This page is too old to send the link again. Enter your address on the sign-in page instead." };
  // Checked when the token was made; checked again, as any URL that came back through the browser.
  const callbackUrl = safeCallbackUrl(notice.callbackUrl, await requestOrigins());
  const refusal = await sendSignInLink(notice.email, callbackUrl);
  return refusal ? { error: refusal } : { sent: true };
}
