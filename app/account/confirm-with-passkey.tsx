"use client";
// Step-up with a passkey: Auth.js's passkey sign-in, made while signed in. Auth.js offers only this
// user's passkeys and refuses another user's (AccountNotLinked); the sign-in makes a new session
// row whose `verified_at` is now, replacing this browser's. No ceremony of our own.
import { SubmitButton } from "@/app/_components/submit-button";
import { usePasskeySignIn } from "@/app/_components/use-passkey-sign-in";

/** `returnTo`: the account page with the action waiting (stepUpPage). */
export function ConfirmWithPasskey({ returnTo }: { returnTo: string }) {
  const { pending, error, signInWithPasskey } = usePasskeySignIn({ action: "authenticate" }, () => returnTo);
  return (
    <div className="space-y-2">
      <SubmitButton onClick={signInWithPasskey} pending={pending} pendingLabel="Waiting for your passkey…">
        Confirm with a passkey
      </SubmitButton>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
