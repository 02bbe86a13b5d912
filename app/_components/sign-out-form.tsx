"use client";
// Signs out with a server action as a plain form, so it works without JavaScript; the button says
// the click was taken while the action runs, and a sign-out that could not revoke the session (the
// database does not answer) says so beside it, with the person still signed in.
import { useActionState } from "react";
import type { SignOutState } from "./sign-out-actions";
import { SubmitButton } from "./submit-button";

type Props = {
  action: (previous: SignOutState) => Promise<SignOutState>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  size?: "md" | "sm";
  /** "end" in the header (its message under the button, right-aligned); "start" in a page's card. */
  align?: "start" | "end";
};

export function SignOutForm({ action, label, pendingLabel, variant, size, align = "end" }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className={`flex flex-col gap-1 ${align === "end" ? "items-end text-right" : "items-start"}`}>
      <SubmitButton variant={variant} size={size} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
      {state.error && (
        <p role="alert" className="max-w-xs text-sm text-red-700 dark:text-red-300">
          {state.error}
        </p>
      )}
    </form>
  );
}
