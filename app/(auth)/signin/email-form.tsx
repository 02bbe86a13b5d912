"use client";
// A client component only for useActionState: the typed address and the server's message survive
// a failed submit, and focus returns to the field so screen readers read the message.
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { textInput } from "@/app/_components/ui";
import { useFocusOnError } from "@/app/_components/use-focus-on-error";
import { signInWithEmail } from "./actions";

/** `passkeyAutofill`: the field also lists this site's passkeys (use-passkey-autofill.ts). */
export function EmailForm({ callbackUrl, passkeyAutofill }: { callbackUrl: string; passkeyAutofill: boolean }) {
  const [state, formAction] = useActionState(signInWithEmail, { email: "" });
  const input = useFocusOnError(state);

  return (
    // noValidate: the server's message, not the browser's bubble, explains a bad address.
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="space-y-1.5">
        <label htmlFor="email" className="block text-sm font-medium">
          Email address
        </label>
        <input
          ref={input}
          id="email"
          type="email"
          name="email"
          autoComplete={passkeyAutofill ? "username webauthn" : "email"}
          inputMode="email"
          placeholder="you@example.com"
          required
          defaultValue={state.email}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "email-error" : undefined}
          className={textInput}
        />
        {state.error && (
          <p id="email-error" className="text-sm text-red-700 dark:text-red-300">
            {state.error}
          </p>
        )}
      </div>
      <SubmitButton className="w-full" pendingLabel="Sending your link…">
        Email me a sign-in link
      </SubmitButton>
    </form>
  );
}
