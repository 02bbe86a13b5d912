import type { ReactNode } from "react";
import { RECENT_SIGN_IN_MINUTES } from "@/lib/auth/recent-sign-in";
import { STEP_UP_ACTIONS, type StepUpAction } from "@/lib/messages/step-up";
import { stepUpPage } from "@/lib/messages/step-up-link";
import { ConfirmWithEmail } from "./confirm-with-email";
import { ConfirmWithPasskey } from "./confirm-with-passkey";

type Props = {
  /** The action waiting for the confirmation (/account?confirm=…). */
  action: StepUpAction;
  /** The account has a passkey: Auth.js's passkey sign-in confirms it. */
  passkey: boolean;
  /** Email links are on (and the account has its address): a link to that address confirms it. */
  email: boolean;
  /**
   * The two-factor slot: a form asking for a code, given only when the account has two-factor on.
   * Its server action, on a valid code, sets this session's `verified_at` to now and sends the
   * browser to `stepUpPage(action)`; it renders nothing else around itself.
   */
  twoFactor?: ReactNode;
};

/**
 * "Confirm it's you", at the top of /account while an action waits for a recent sign-in (step-up,
 * lib/auth/step-up.ts). Offers only what the account has; each way comes back to stepUpPage(action),
 * where the page says the action is ready.
 */
export function StepUpSection({ action, passkey, email, twoFactor }: Props) {
  const nothingOffered = !passkey && !email && !twoFactor;
  return (
    <section aria-labelledby="confirm-identity" className="space-y-4 rounded-xl border border-amber-300 dark:border-amber-800 bg-amber-50 dark:bg-amber-950/40 p-6">
      <div className="space-y-1">
        <h2 id="confirm-identity" className="text-lg font-semibold">
          Confirm it&apos;s you
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          To {STEP_UP_ACTIONS[action]}, you need to have signed in or confirmed it&apos;s you within the last {RECENT_SIGN_IN_MINUTES} minutes.
          {nothingOffered ? " Sign out, sign in again, then come back here." : " Choose one:"}
        </p>
      </div>
      {passkey && <ConfirmWithPasskey returnTo={stepUpPage(action)} />}
      {twoFactor}
      {email && <ConfirmWithEmail action={action} />}
    </section>
  );
}
