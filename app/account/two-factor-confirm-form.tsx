"use client";
// For the step-up panel's two-factor slot: a code (or a recovery code) confirms it is still the
// account's owner, moving this session's verified_at to now (confirmWithTwoFactorCode). The panel
// shows it only when the account has two-factor on; once confirmed, the browser goes to `returnTo`
// (stepUpPage(action)), whose page is rendered anew and says the action is ready.
import { useActionState, useEffect } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFocusOnError } from "@/app/_components/use-focus-on-error";
import { TextField } from "./text-field";
import { type ConfirmState, confirmWithTwoFactorCode } from "./two-factor-actions";

export function TwoFactorConfirmForm({ returnTo }: { returnTo: string }) {
  const [state, formAction] = useActionState(confirmWithTwoFactorCode, {} as ConfirmState);
  const field = useFocusOnError(state);
  useEffect(() => {
    if (state.confirmed) window.location.assign(returnTo);
  }, [state, returnTo]);
  return (
    <form action={formAction} noValidate className="space-y-3">
      <TextField ref={field} label="Two-factor code" name="code" autoComplete="one-time-code" spellCheck={false} hint="6 digits from your authenticator app, or a recovery code." error={state.error} />
      <SubmitButton size="sm" pendingLabel="Checking…">
        Confirm with a code
      </SubmitButton>
    </form>
  );
}
