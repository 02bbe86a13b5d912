"use client";
// "Unlink" and "Delete" for one sign-in method. The server may refuse (the last way to sign in),
// and says why right under the button.
import { useActionState, useId } from "react";
import { button } from "@/app/_components/ui";
import type { ButtonState } from "./actions";

type Props = {
  action: (previous: ButtonState, formData: FormData) => Promise<ButtonState>;
  /** The hidden field naming what to remove. */
  field: { name: string; value: string };
  label: string;
  /** Completes the label for screen readers, where several buttons share it ("Delete Work laptop"). */
  context: string;
};

export function RemoveButton({ action, field, label, context }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const messageId = useId();
  return (
    // display: contents lets the button and its message take part in the row's own layout.
    <form action={formAction} className="contents">
      <input type="hidden" name={field.name} value={field.value} />
      <button
        type="submit"
        disabled={pending}
        aria-describedby={state.error ? messageId : undefined}
        className={button("secondary", "sm")}
      >
        {label}
        <span className="sr-only"> {context}</span>
      </button>
      {state.error && (
        <p id={messageId} role="alert" className="basis-full text-sm text-red-700">
          {state.error}
        </p>
      )}
    </form>
  );
}
