"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import type { StepUpAction } from "@/lib/messages/step-up";
import { emailConfirmationLink, type EmailConfirmationState } from "./step-up-actions";

/** Step-up with an emailed link to the account's own address (step-up-actions.ts). */
export function ConfirmWithEmail({ action }: { action: StepUpAction }) {
  const [state, formAction, pending] = useActionState<EmailConfirmationState, FormData>(emailConfirmationLink, {});
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="action" value={action} />
      <SubmitButton variant="secondary" pendingLabel="Sending the link…">
        Email me a link
      </SubmitButton>
      <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-300">
        {state.sentTo && !pending ? `We sent a link to ${state.sentTo}. Open it in this browser to come back here, confirmed.` : ""}
      </p>
      {state.error && !pending && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {state.error}
        </p>
      )}
    </form>
  );
}
