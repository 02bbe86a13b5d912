"use client";
import { useActionState, type FormEvent } from "react";
import { sessionRefreshInFlight } from "@/app/_components/session-refresh";
import { button } from "@/app/_components/ui";
import { deleteAccount } from "./actions";
import { TextField } from "./text-field";
import { useFocusOnError } from "./use-focus-on-error";

export function DeleteAccountForm() {
  const [state, formAction, pending] = useActionState(deleteAccount, { value: "" });
  const field = useFocusOnError(state);
  // Deleting also signs out: as the sign-out form does, let a session refresh still on its way land
  // first, or its answer would put a session cookie back for the deleted account.
  const waitForRefresh = (event: FormEvent<HTMLFormElement>) => {
    const pending = sessionRefreshInFlight();
    if (!pending) return;
    event.preventDefault();
    const form = event.currentTarget;
    void pending.then(() => form.requestSubmit());
  };
  return (
    <form action={formAction} onSubmit={waitForRefresh} noValidate className="space-y-4">
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
      <button type="submit" disabled={pending} className={button("secondary")}>
        Delete account
      </button>
    </form>
  );
}
