"use client";
// Deleting is behind two steps: "Delete account…" opens the confirmation, which names the exact
// address to type (any letter case), and only then the red button deletes.
import { useActionState, useState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { button } from "@/app/_components/ui";
import { deleteAccount } from "./actions";
import { StepUpLink } from "./step-up-link";
import { TextField } from "./text-field";
import { useDisclosureFocus } from "./use-disclosure-focus";
import { useFocusOnError } from "@/app/_components/use-focus-on-error";

/** `confirmed`: the page came back from confirming it is you (step-up), so the form starts open. */
export function DeleteAccountForm({ email, confirmed = false }: { email: string; confirmed?: boolean }) {
  const [open, setOpen] = useState(confirmed);
  const [state, formAction, pending] = useActionState(deleteAccount, { value: "" });
  const field = useFocusOnError(state);
  const opener = useDisclosureFocus(open, field);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
        <div className="min-w-0 flex-1 basis-64 space-y-1">
          <h3 className="font-medium">Delete account</h3>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Deletes your account with all its sign-in methods, and signs you out. It can&apos;t be undone.
          </p>
        </div>
        {!open && (
          <button ref={opener} type="button" aria-expanded="false" onClick={() => setOpen(true)} className={button("dangerOutline")}>
            Delete account…
          </button>
        )}
      </div>
      {open && (
        <form
          action={formAction}
          onKeyDown={(event) => event.key === "Escape" && !pending && setOpen(false)}
          noValidate
          className="space-y-4 rounded-xl border border-red-200 dark:border-red-900 bg-red-50/60 dark:bg-red-950/30 p-4"
        >
          <p className="text-sm text-slate-700 dark:text-slate-300">
            To confirm, type <strong className="break-all text-slate-900 dark:text-slate-100">{email}</strong> below.
          </p>
          <TextField
            ref={field}
            label="Type your email to confirm"
            name="confirmEmail"
            type="email"
            autoComplete="off"
            spellCheck={false}
            defaultValue={state.value}
            error={state.error}
          />
          <StepUpLink action={state.stepUp} />
          <div className="flex flex-wrap gap-3">
            <SubmitButton variant="danger" pendingLabel="Deleting your account…">
              Delete account
            </SubmitButton>
            <button type="button" disabled={pending} onClick={() => setOpen(false)} className={button("secondary")}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
