"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { signOutOtherDevices, type SignOutOthersState } from "./device-actions";
import { useStillDescribes } from "./stale-status";
import { StepUpLink } from "./step-up-link";

const result = (ended: number) => (ended === 1 ? "Signed out of 1 other device." : `Signed out of ${ended} other devices.`);

/** `others`: how many other devices are signed in now; the button shows only when there are some. */
export function SignOutOthersButton({ others }: { others: number }) {
  const [state, formAction, pending] = useActionState<SignOutOthersState, FormData>(signOutOtherDevices, {});
  // "Signed out of 1 other device." goes once another device signs in and the list shows it.
  const current = useStillDescribes(state, String(others)) && !pending;
  // Alone and with nothing to report: no empty row. Mounted all the same, so a result survives the button.
  if (others === 0 && state.ended === undefined) return null;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      {others > 0 && (
        <SubmitButton variant="secondary" pendingLabel="Signing out other devices…">
          Sign out of all other devices
        </SubmitButton>
      )}
      {/* Present before anything ends, and after the button goes, so screen readers announce the change. */}
      <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-300">
        {state.ended !== undefined && current ? result(state.ended) : ""}
      </p>
      {state.error && !pending && (
        <p role="alert" className="basis-full text-sm text-red-700 dark:text-red-300">
          {state.error}
        </p>
      )}
      {!pending && <StepUpLink action={state.stepUp} />}
    </form>
  );
}
