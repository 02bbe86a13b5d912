"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFocusOnError } from "@/app/_components/use-focus-on-error";
import { TextField } from "@/app/account/text-field";
import { type CodeState, submitTwoFactorCode } from "./actions";

export function CodeForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction] = useActionState(submitTwoFactorCode, {} as CodeState);
  const field = useFocusOnError(state);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        ref={field}
        label="Code"
        name="code"
        autoComplete="one-time-code"
        autoFocus
        spellCheck={false}
        hint="6 digits, or a recovery code like abcde-fghij."
        error={state.error}
      />
      <SubmitButton className="w-full" pendingLabel="Checking…">
        Continue
      </SubmitButton>
    </form>
  );
}
