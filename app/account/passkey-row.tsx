"use client";
// One passkey: its name and dates, with Rename and Delete. Rename opens the name field in place
// (Escape or Cancel closes it); a saved name closes it and gives focus back to Rename.
import { useActionState, useState, type ReactNode } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { button } from "@/app/_components/ui";
import { PASSKEY_NAME_MAX_LENGTH } from "@/lib/account/passkey-name";
import type { FieldState } from "./action-state";
import { renamePasskey } from "./actions";
import { SavedStatus } from "./saved-status";
import { TextField } from "./text-field";
import { useDisclosureFocus } from "./use-disclosure-focus";
import { useFocusOnError } from "@/app/_components/use-focus-on-error";

type Props = { credentialID: string; name: string; label: string; details: ReactNode; deleteButton: ReactNode };

export function PasskeyRow({ credentialID, name, label, details, deleteButton }: Props) {
  const [editing, setEditing] = useState(false);
  const [state, formAction, pending] = useActionState(async (previous: FieldState, formData: FormData) => {
    const next = await renamePasskey(previous, formData);
    if (next.saved) setEditing(false);
    return next;
  }, { value: name });
  const field = useFocusOnError(state);
  const saved = Boolean(state.saved) && !editing && !pending;
  const renameButton = useDisclosureFocus(editing, field);

  return (
    <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
      {editing ? (
        <form
          action={formAction}
          noValidate
          onKeyDown={(event) => event.key === "Escape" && setEditing(false)}
          className="min-w-0 flex-1 basis-64 space-y-3"
        >
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
          <div className="flex items-center gap-2">
            <SubmitButton size="sm" pendingLabel="Saving…">
              Save
              <span className="sr-only"> the name of {label}</span>
            </SubmitButton>
            <button type="button" onClick={() => setEditing(false)} disabled={pending} className={button("secondary", "sm")}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <div className="min-w-0 basis-full space-y-0.5 sm:flex-1 sm:basis-0">
            <h3 className="font-medium break-words">{label}</h3>
            {details}
          </div>
          <button ref={renameButton} type="button" onClick={() => setEditing(true)} className={button("secondary", "sm")}>
            Rename
            <span className="sr-only"> {label}</span>
          </button>
        </>
      )}
      {deleteButton}
      {/* Always mounted (a live region must exist before its message), and out of the layout while empty. */}
      <div className={saved ? "basis-full" : "sr-only"}>
        <SavedStatus saved={saved} />
      </div>
    </div>
  );
}
