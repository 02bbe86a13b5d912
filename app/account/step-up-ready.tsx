import { STEP_UP_ACTIONS, type StepUpAction } from "@/lib/messages/step-up";

/** Back from confirming it is you (or already recent): the action waiting may go ahead. */
export function StepUpReady({ action }: { action: StepUpAction }) {
  return (
    <p role="status" className="rounded-lg border border-emerald-200 dark:border-emerald-900 bg-emerald-50 dark:bg-emerald-950/40 px-4 py-3 text-sm text-emerald-800 dark:text-emerald-200">
      Confirmed: you can now {STEP_UP_ACTIONS[action]} below.
    </p>
  );
}
