"use client";
// Passkey sign-in runs in the browser (the device signs the challenge), through Auth.js's WebAuthn
// client (app/_components/use-passkey-sign-in.ts).
import { SubmitButton } from "../../_components/submit-button";
import { usePasskeySignIn } from "../../_components/use-passkey-sign-in";

export function PasskeyButton({ callbackUrl }: { callbackUrl: string }) {
  const { pending, error, signInWithPasskey } = usePasskeySignIn({ redirectTo: callbackUrl }, (result) => result.url ?? undefined);
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
