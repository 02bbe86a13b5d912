"use client";
// Passkey sign-in runs in the browser (the device signs the challenge), through Auth.js's WebAuthn
// client bundled here: the built-in sign-in page would load it from a CDN instead.
import { signIn } from "next-auth/webauthn";
import type { SignInResponse } from "next-auth/react";
import { useState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { passkeyExceptionMessage, passkeyResultMessage } from "@/lib/messages/passkey-errors";

export function PasskeyButton({ callbackUrl }: { callbackUrl: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function signInWithPasskey() {
    setPending(true);
    setError(undefined);
    try {
      // redirect: false, to show a failure here instead of on the error page; success navigates below.
      const result: SignInResponse | undefined = await signIn("passkey", { redirectTo: callbackUrl, redirect: false });
      if (result && !result.error && result.url) {
        // A full load, so the header and every server component see the new session cookie.
        window.location.assign(result.url);
        return;
      }
      setError(passkeyResultMessage(result?.error, "sign-in"));
    } catch (thrown) {
      setError(passkeyExceptionMessage(thrown, "sign-in"));
    }
    setPending(false);
  }

  return (
    <div className="space-y-3">
      <SubmitButton variant="secondary" className="w-full" onClick={signInWithPasskey} pending={pending} pendingLabel="Waiting for your passkey…">
        Sign in with a passkey
      </SubmitButton>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
