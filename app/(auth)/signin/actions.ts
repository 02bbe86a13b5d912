"use server";
// signIn() ends by throwing Next's redirect, so every catch below lets anything but an AuthError
// through untouched; swallowing the redirect would leave the user on the form.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signInOptions } from "@/auth";
import { authErrorMessage } from "@/lib/messages/auth-errors";
import { emailProblem } from "@/lib/auth/email-address";
import { formText } from "@/lib/request/form-field";
import { MAGIC_LINK_LIMIT_MESSAGE, magicLinkLimitReached } from "@/lib/auth/magic-link-limit";
import { requestOrigins } from "@/lib/request/request-origin";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { prisma } from "@/prisma";

export type EmailFormState = { email: string; error?: string };

// The page made callbackUrl safe, but it came back through the browser: check it again.
const redirectTarget = async (formData: FormData) => safeCallbackUrl(formText(formData, "callbackUrl"), await requestOrigins());

export async function signInWithProvider(formData: FormData): Promise<void> {
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

export async function signInWithEmail(_previous: EmailFormState, formData: FormData): Promise<EmailFormState> {
  const email = formText(formData, "email").trim();
  const problem = emailProblem(email);
  if (problem) return { email, error: problem };
  // Auth.js refuses past the limit too (auth.ts), but only with a generic AccessDenied.
  if (await magicLinkLimitReached(prisma, email.toLowerCase())) return { email, error: MAGIC_LINK_LIMIT_MESSAGE };
  try {
    // redirect: false, because Auth.js would answer with its own /api/auth/verify-request URL.
    await signIn("nodemailer", { email, redirectTo: await redirectTarget(formData), redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return { email, error: authErrorMessage(error.type) };
  }
  redirect("/verify-request");
}
