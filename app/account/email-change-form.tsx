"use client";
// The new address, and what happens next: a link goes there, and nothing changes until it is opened.
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFocusOnError } from "@/app/_components/use-focus-on-error";
import { requestEmailChange } from "./email-actions";
import { useEditedSince } from "./stale-status";
import { StepUpLink } from "./step-up-link";
import { TextField } from "./text-field";

export function EmailChangeForm({ linkMinutes }: { linkMinutes: number }) {
  const [state, formAction, pending] = useActionState(requestEmailChange, { value: "" });
  const field = useFocusOnError(state);
  const [edited, onEdit] = useEditedSince(state);
  // "Link sent to …" names the address typed then: it goes once another is being typed.
  const sent = Boolean(state.saved) && !pending && !edited;
  return (
    <form action={formAction} onChange={onEdit} noValidate className="space-y-4">
      <TextField
        ref={field}
        label="New email address"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={state.value}
        hint={`We email a link to the new address; your address changes when you open it, signed in, within ${linkMinutes} minutes. Your current address is told.`}
        error={state.error}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant="secondary" pendingLabel="Sending…">
          Change email
        </SubmitButton>
        <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-300">
          {sent ? `Link sent to ${state.value}. Open it to finish.` : ""}
        </p>
        <StepUpLink action={state.stepUp} />
      </div>
    </form>
  );
}
