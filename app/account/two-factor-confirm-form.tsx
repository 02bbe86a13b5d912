"use client";
// For the step-up panel's two-factor slot: a code (or a recovery code) confirms it is still the
// account's owner, moving this session's verified_at to now (confirmWithTwoFactorCode). The panel
// shows it only when the account has two-factor on, and finishes its action once `onConfirmed` runs.
import { useActionState, useEffect } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFocusOnError } from "@/app/_components/use-focus-on-error";
import { TextField } from "./text-field";
import { type ConfirmState, confirmWithTwoFactorCode } from "./two-factor-actions";

export function TwoFactorConfirmForm({ onConfirmed }: { onConfirmed: () => void }) {
  const [state, formAction] = useActionState(confirmWithTwoFactorCode, {} as ConfirmState);
  const field = useFocusOnError(state);
  useEffect(() => {
    if (state.confirmed) onConfirmed();
  }, [state, onConfirmed]);
  return (
    <form action={formAction} noValidate className="space-y-3">
      <TextField ref={field} label="Two-factor code" name="code" autoComplete="one-time-code" spellCheck={false} hint="6 digits from your authenticator app, or a recovery code." error={state.error} />
      <SubmitButton size="sm" pendingLabel="Checking…">
        Confirm with a code
      </SubmitButton>
    </form>
  );
}
