"use client";
// "Unlink" and "Delete" for one sign-in method. The server may refuse (the last way to sign in),
// and says why right under the button; when it needs a recent sign-in, with the way to confirm.
import { useActionState, useId } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import type { ButtonState } from "./action-state";
import { StepUpLink } from "./step-up-link";

type Props = {
  action: (previous: ButtonState, formData: FormData) => Promise<ButtonState>;
  /** The hidden field naming what to remove. */
  field: { name: string; value: string };
  label: string;
  /** What it says while the server works, e.g. "Deleting…". */
  pendingLabel: string;
  /** Completes the label for screen readers, where several buttons share it ("Delete Work laptop"). */
  context: string;
};

export function RemoveButton({ action, field, label, pendingLabel, context }: Props) {
  const [state, formAction] = useActionState(action, {});
  const messageId = useId();
  return (
    // display: contents lets the button and its message take part in the row's own layout.
    <form action={formAction} className="contents">
      <input type="hidden" name={field.name} value={field.value} />
      <SubmitButton variant="secondary" size="sm" pendingLabel={pendingLabel} aria-describedby={state.error ? messageId : undefined}>
        {label}
        <span className="sr-only"> {context}</span>
      </SubmitButton>
      {state.error && (
        <p id={messageId} role="alert" className="basis-full text-sm text-red-700 dark:text-red-300">
          {state.error}
        </p>
      )}
      <StepUpLink action={state.stepUp} />
    </form>
  );
}
