"use server";
// signIn() ends by throwing Next's redirect, so every catch below lets anything but an AuthError
// through untouched; swallowing the redirect would leave the user on the form.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signInOptions } from "@/auth";
import { checkMailbox } from "@/lib/auth/email-address";
import { sendSignInLink } from "@/lib/auth/send-sign-in-link";
import { formText } from "@/lib/request/form-field";
import { requestOrigins } from "@/lib/request/request-origin";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { sentNoticePage } from "../verify-request/sent-notice";

export type EmailFormState = { email: string; error?: string };

// The page made callbackUrl safe, but it came back through the browser: check it again.
const redirectTarget = async (formData: unknown) => safeCallbackUrl(formText(formData, "callbackUrl"), await requestOrigins());

export async function signInWithProvider(formData: unknown): Promise<void> {
  const redirectTo = await redirectTarget(formData);
  const provider = formText(formData, "provider");
  // Only the provider buttons the page shows; email and passkeys have their own forms.
  if (!signInOptions.oauth.some(({ id }) => id === provider)) {
    redirect(`/signin?${new URLSearchParams({ error: "OAuthSignInError", callbackUrl: redirectTo })}`);
  }
  try {
    await signIn(provider, { redirectTo });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    redirect(`/signin?${new URLSearchParams({ error: error.type, callbackUrl: redirectTo })}`);
  }
}

export async function signInWithEmail(_previous: EmailFormState, formData: unknown): Promise<EmailFormState> {
  const email = formText(formData, "email").trim();
  const mailbox = checkMailbox(email);
  if (!mailbox.ok) return { email, error: mailbox.problem };
  const callbackUrl = await redirectTarget(formData);
  const refusal = await sendSignInLink(mailbox.address, callbackUrl);
  if (refusal) return { email, error: refusal };
  redirect(await sentNoticePage({ email: mailbox.address, callbackUrl }));
}
