"use client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { ACCOUNT_NAME_MAX_LENGTH } from "@/lib/account/account-name";
import { updateName } from "./actions";
import { SavedStatus } from "./saved-status";
import { useEditedSince } from "./stale-status";
import { TextField } from "./text-field";
import { useFocusOnError } from "@/app/_components/use-focus-on-error";

export function ProfileForm({ name }: { name: string }) {
  const [state, formAction, pending] = useActionState(updateName, { value: name });
  const field = useFocusOnError(state);
  const [edited, onEdit] = useEditedSince(state);
  const router = useRouter();
  // The header shows the name: it re-renders from the re-issued session cookie on a fresh request
  // (the action's own render still reads the request's old cookie).
  useEffect(() => {
    if (state.saved) router.refresh();
  }, [state, router]);
  return (
    // noValidate: the server's message, not the browser's bubble, explains what to change.
    <form action={formAction} onChange={onEdit} noValidate className="space-y-4">
      <TextField
        ref={field}
        label="Name"
        name="name"
        autoComplete="name"
        defaultValue={state.value}
        hint={`How the app greets you, up to ${ACCOUNT_NAME_MAX_LENGTH} characters.`}
        error={state.error}
      />
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel="Saving…">Save name</SubmitButton>
        <SavedStatus saved={Boolean(state.saved) && !pending && !edited} />
      </div>
    </form>
  );
}
