"use server";
// signIn() ends by throwing Next's redirect, so every catch below lets anything but an AuthError
// through untouched; swallowing the redirect would leave the user on the form.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { authErrorMessage } from "@/lib/auth-errors";
import { emailProblem } from "@/lib/email-address";
import { requestOrigins } from "@/lib/request-origin";
import { safeCallbackUrl } from "@/lib/safe-callback-url";

export type EmailFormState = { email: string; error?: string };

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

// The page made callbackUrl safe, but it came back through the browser: check it again.
const redirectTarget = async (formData: FormData) => safeCallbackUrl(field(formData, "callbackUrl"), await requestOrigins());

export async function signInWithProvider(formData: FormData): Promise<void> {
  const redirectTo = await redirectTarget(formData);
  try {
    await signIn(field(formData, "provider"), { redirectTo });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    redirect(`/signin?${new URLSearchParams({ error: error.type, callbackUrl: redirectTo })}`);
  }
}

export async function signInWithEmail(_previous: EmailFormState, formData: FormData): Promise<EmailFormState> {
  const email = field(formData, "email").trim();
  const problem = emailProblem(email);
  if (problem) return { email, error: problem };
  try {
    // redirect: false, because Auth.js would answer with its own /api/auth/verify-request URL.
    await signIn("nodemailer", { email, redirectTo: await redirectTarget(formData), redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return { email, error: authErrorMessage(error.type) };
  }
  redirect("/verify-request");
}
