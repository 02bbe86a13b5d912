"use client";
// Passkey sign-in runs in the browser (the device signs the challenge), through Auth.js's WebAuthn
// client (app/_components/use-passkey-sign-in.ts).
import { SubmitButton } from "../../_components/submit-button";
import { usePasskeySignIn } from "../../_components/use-passkey-sign-in";
import { usePasskeyAutofill } from "./use-passkey-autofill";

/** `autofill`: the page has the email field, where the browser can offer passkeys too. */
export function PasskeyButton({ callbackUrl, autofill }: { callbackUrl: string; autofill: boolean }) {
  const { pending, error: buttonError, signInWithPasskey } = usePasskeySignIn({ redirectTo: callbackUrl }, (result) => result.url ?? undefined);
  const autofillError = usePasskeyAutofill(callbackUrl, autofill);
  const error = buttonError ?? autofillError;
  return (
    <div className="space-y-3">
      <SubmitButton variant="secondary" className="w-full" onClick={signInWithPasskey} pending={pending} pendingLabel="Waiting for your passkey…">
        Sign in with a passkey
      </SubmitButton>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
