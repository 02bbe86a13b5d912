"use client";
import { useActionState } from "react";
import { button } from "@/app/_components/ui";
import { PASSKEY_NAME_MAX_LENGTH } from "@/lib/account/passkey-name";
import { renamePasskey } from "./actions";
import { SavedStatus } from "./saved-status";
import { TextField } from "./text-field";
import { useFocusOnError } from "./use-focus-on-error";

export function PasskeyRenameForm({ credentialID, name, label }: { credentialID: string; name: string; label: string }) {
  const [state, formAction, pending] = useActionState(renamePasskey, { value: name });
  const field = useFocusOnError(state);
  return (
    <form action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="credentialID" value={credentialID} />
      <TextField
        ref={field}
        label="Passkey name"
        name="name"
        autoComplete="off"
        defaultValue={state.value}
        hint={`A name that tells you which device holds it, up to ${PASSKEY_NAME_MAX_LENGTH} characters.`}
        error={state.error}
      />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={button("secondary", "sm")}>
          Rename
          <span className="sr-only"> {label}</span>
        </button>
        <SavedStatus saved={Boolean(state.saved) && !pending} />
      </div>
    </form>
  );
}
