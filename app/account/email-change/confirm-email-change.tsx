"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { confirmEmailChange } from "../email-actions";

export function ConfirmEmailChange({ email, token, current }: { email: string; token: string; current: string }) {
  const [state, formAction] = useActionState(confirmEmailChange, {});
  return (
    <form action={formAction} className="space-y-4">
      <p className="break-words text-slate-700 dark:text-slate-300">
        Change your account&apos;s email address from <strong>{current}</strong> to <strong>{email}</strong>? You then sign in by email with the new address;
        your passkeys and linked accounts stay.
      </p>
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Changing…">Change email address</SubmitButton>
      {state.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {state.error}
        </p>
      )}
    </form>
  );
}
