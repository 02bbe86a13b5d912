"use client";
// Passkeys in the browser's autofill (WebAuthn conditional mediation): the email field, marked
// `autocomplete="username webauthn"`, lists this site's passkeys, and picking one signs in. Auth.js's
// client (next-auth/webauthn's signIn) only starts a modal ceremony, so this asks Auth.js's own
// endpoints what that client asks, in the same form: the options (which set the challenge cookie),
// then the passkey provider's callback, which does every check. Nothing is verified here.
import { browserSupportsWebAuthnAutofill, startAuthentication, WebAuthnAbortService } from "@simplewebauthn/browser";
import { getCsrfToken } from "next-auth/react";
import { useEffect, useState } from "react";
import { passkeyExceptionMessage, passkeyResultMessage } from "@/lib/messages/passkey-errors";

/** Auth.js's routes (app/api/auth/[...nextauth]). */
const AUTH_API = "/api/auth";

type Options = { action: "authenticate"; options: Parameters<typeof startAuthentication>[0] };

/** `wanted`: false once the page no longer asks (it re-rendered or is leaving). */
async function signInFromAutofill(callbackUrl: string, wanted: () => boolean): Promise<{ url: string } | { error: string } | undefined> {
  if (!(await browserSupportsWebAuthnAutofill())) return undefined;
  // With the page's callbackUrl: Auth.js sets its callback-url cookie from every request it handles,
  // to its default when none is given, and this request may land after a provider button's sign-in
  // set it (the person chose GitHub while the page was still loading).
  const asked = await fetch(`${AUTH_API}/webauthn-options/passkey?${new URLSearchParams({ action: "authenticate", callbackUrl })}`);
  if (!asked.ok || !wanted()) return undefined;
  const { options } = (await asked.json()) as Options;
  let credential;
  try {
    // Resolves only when the person picks a passkey from the field's suggestions.
    credential = await startAuthentication(options, true);
  } catch {
    // Aborted (the passkey button's ceremony replaced it, or the page is leaving) or timed out:
    // nobody picked anything, so there is nothing to report; the button remains.
    return undefined;
  }
  const answer = await fetch(`${AUTH_API}/callback/passkey`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ action: "authenticate", data: JSON.stringify(credential), csrfToken: (await getCsrfToken()) ?? "", callbackUrl }),
  });
  const { url } = (await answer.json()) as { url: string };
  // As next-auth/webauthn reads the answer: an `error` in the URL it returns.
  const error = new URL(url, window.location.href).searchParams.get("error");
  return answer.ok && !error ? { url } : { error: passkeyResultMessage(error, "sign-in") };
}

/** Offers passkeys in the email field's autofill while `enabled`; answers a failed sign-in's sentence. */
export function usePasskeyAutofill(callbackUrl: string, enabled: boolean): string | undefined {
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    signInFromAutofill(callbackUrl, () => current).then(
      (outcome) => {
        if (!current || !outcome) return;
        if ("url" in outcome) window.location.assign(outcome.url);
        else setError(outcome.error);
      },
      (thrown: unknown) => current && setError(passkeyExceptionMessage(thrown, "sign-in")),
    );
    return () => {
      current = false;
      WebAuthnAbortService.cancelCeremony();
    };
  }, [callbackUrl, enabled]);
  return error;
}
