"use client";
// Step-up with a passkey: Auth.js's passkey sign-in, made while signed in. Auth.js offers only this
// user's passkeys and refuses another user's (AccountNotLinked); the sign-in makes a new session
// row whose `verified_at` is now, replacing this browser's. No ceremony of our own.
import { signIn } from "next-auth/webauthn";
import { useState } from "react";
import type { SignInResponse } from "next-auth/react";
import { SubmitButton } from "@/app/_components/submit-button";
import { passkeyExceptionMessage, passkeyResultMessage } from "@/lib/messages/passkey-errors";

/** `returnTo`: the account page with the action waiting (stepUpPage). */
export function ConfirmWithPasskey({ returnTo }: { returnTo: string }) {
  const [waiting, setWaiting] = useState(false);
  const [error, setError] = useState<string>();

  async function confirm() {
    setWaiting(true);
    setError(undefined);
    try {
      // redirect: false, to show a failure here instead of on Auth.js's error page.
      const result: SignInResponse | undefined = await signIn("passkey", { action: "authenticate", redirect: false });
      if (!result || result.error) {
        setError(passkeyResultMessage(result?.error, "sign-in"));
      } else {
        // A whole page load: the new session cookie, and the page rendered for it.
        window.location.assign(returnTo);
        return;
      }
    } catch (exception) {
      setError(passkeyExceptionMessage(exception, "sign-in"));
    }
    setWaiting(false);
  }

  return (
    <div className="space-y-2">
      <SubmitButton onClick={confirm} pending={waiting} pendingLabel="Waiting for your passkey…">
        Confirm with a passkey
      </SubmitButton>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
