"use client";
// Auth.js's passkey sign-in from a button (next-auth/webauthn, bundled: the built-in page would load
// it from a CDN): the waiting state, a failure as a sentence shown beside the button instead of
// Auth.js's error page, and on success a whole page load, so the header and every server component
// see the new session cookie. Used by the sign-in page and by the step-up confirmation.
import type { SignInResponse } from "next-auth/react";
import { signIn } from "next-auth/webauthn";
import { useState } from "react";
import { passkeyExceptionMessage, passkeyResultMessage } from "@/lib/messages/passkey-errors";

type Options = { redirectTo?: string; action?: "authenticate" };

/** `destination`: where a successful sign-in goes, from Auth.js's answer. */
export function usePasskeySignIn(options: Options, destination: (result: SignInResponse) => string | undefined) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function signInWithPasskey() {
    setPending(true);
    setError(undefined);
    try {
      const result: SignInResponse | undefined = await signIn("passkey", { ...options, redirect: false });
      const to = result && !result.error ? destination(result) : undefined;
      if (to) {
        window.location.assign(to);
        return;
      }
      setError(passkeyResultMessage(result?.error, "sign-in"));
    } catch (thrown) {
      setError(passkeyExceptionMessage(thrown, "sign-in"));
    }
    setPending(false);
  }

  return { pending, error, signInWithPasskey };
}
