"use client";
import { useActionState } from "react";
import { button } from "@/app/_components/ui";
import { deleteAccount } from "./actions";
import { TextField } from "./text-field";
import { useFocusOnError } from "./use-focus-on-error";

export function DeleteAccountForm() {
  const [state, formAction, pending] = useActionState(deleteAccount, { value: "" });
  const field = useFocusOnError(state);
  return (
    <form action={formAction} noValidate className="space-y-4">
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
