"use client";
// Registration runs in the browser (the device creates the key), through Auth.js's WebAuthn
// client; being signed in, the new passkey is added to this user.
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/webauthn";
import { useState, useTransition } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import type { SignInResponse } from "next-auth/react";
import { passkeyExceptionMessage, passkeyResultMessage } from "@/lib/messages/passkey-errors";
import { passkeyAdditionRefusal } from "./actions";
import { useStillDescribes } from "./stale-status";
import { StepUpLink } from "./step-up-link";

// `recentSignIn`: refused for an old sign-in, which the step-up confirmation answers.
type Outcome = { added: true } | { added: false; error: string; recentSignIn?: boolean };

async function registerPasskey(): Promise<Outcome> {
  try {
    const refusal = await passkeyAdditionRefusal();
    if (refusal) return { added: false, error: refusal, recentSignIn: true };
    // redirect: false, to show a failure here instead of on Auth.js's error page. The client returns
    // nothing at all when the server refused the request before the ceremony.
    const result: SignInResponse | undefined = await signIn("passkey", { action: "register", redirect: false });
    if (!result || result.error) return { added: false, error: passkeyResultMessage(result?.error, "register") };
    return { added: true };
  } catch (error) {
    return { added: false, error: passkeyExceptionMessage(error, "register") };
  }
}

/** `passkeys`: the listed passkeys as a key; the outcome goes once they change (one removed, say). */
export function AddPasskeyButton({ passkeys }: { passkeys: string }) {
  const router = useRouter();
  const [registering, setRegistering] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>();
  const current = useStillDescribes(outcome, passkeys);

  async function add() {
    setRegistering(true);
    setOutcome(undefined);
    const result = await registerPasskey();
    setRegistering(false);
    // "Passkey added." is set in the same transition as the refreshed list, so it never shows next
    // to a list that does not have the new passkey yet.
    startRefresh(() => {
      if (result.added) router.refresh();
      setOutcome(result);
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <SubmitButton onClick={add} pending={registering || refreshing} pendingLabel={refreshing ? "Adding…" : "Waiting for your passkey…"}>
        Add a passkey
      </SubmitButton>
      <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-300">
        {outcome?.added && current ? "Passkey added." : ""}
      </p>
      {outcome && !outcome.added && current && (
        <p role="alert" className="basis-full text-sm text-red-700 dark:text-red-300">
          {outcome.error}
        </p>
      )}
      {outcome && !outcome.added && current && outcome.recentSignIn && <StepUpLink action="add-sign-in-method" />}
    </div>
  );
}
