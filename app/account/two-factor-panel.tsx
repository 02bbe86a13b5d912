"use client";
// The account page's two-factor controls. One action state for all of them, so what the latest
// action answered (a key to scan, recovery codes to save) stays on screen when the page re-renders
// with two-factor now on or off.
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFocusOnError } from "@/app/_components/use-focus-on-error";
import { TextField } from "./text-field";
import { type TwoFactorState, confirmTwoFactorSetup, newRecoveryCodes, startTwoFactorSetup, turnTwoFactorOff } from "./two-factor-actions";
import { StepUpLink } from "./step-up-link";

type Props = { on: boolean; recoveryCodesLeft: number };

function act(previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  switch (formData.get("intent")) {
    case "start":
      return startTwoFactorSetup(previous, formData);
    case "confirm":
      return confirmTwoFactorSetup(previous, formData);
    case "regenerate":
      return newRecoveryCodes(previous, formData);
    default:
      return turnTwoFactorOff(previous, formData);
  }
}

export function TwoFactorPanel({ on, recoveryCodesLeft }: Props) {
  const [state, formAction] = useActionState(act, {});
  const field = useFocusOnError(state);
  const error = state.error && (
    <p role="alert" className="flex flex-wrap gap-x-2 text-sm text-red-700 dark:text-red-300">
      {state.error}
      <StepUpLink action={state.stepUp} />
    </p>
  );

  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} />;

  if (!on && state.key) {
    return (
      <form action={formAction} noValidate className="space-y-4">
        <input type="hidden" name="intent" value="confirm" />
        <p className="text-sm text-slate-700 dark:text-slate-300">Scan this code with your authenticator app, or type the key below into it.</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server; nothing to optimise */}
        <img src={state.key.qrSvgDataUrl} alt="QR code for your authenticator app" width={192} height={192} className="rounded-lg border border-slate-200 dark:border-slate-800" />
        <p className="text-sm">
          Key: <code data-testid="two-factor-secret" className="break-all rounded bg-slate-100 dark:bg-slate-800 px-1.5 py-0.5 font-mono">{state.key.secret}</code>
        </p>
        <TextField ref={field} label="Code from the app" name="code" autoComplete="one-time-code" inputMode="numeric" spellCheck={false} error={state.error} />
        <SubmitButton pendingLabel="Checking…">Turn on</SubmitButton>
      </form>
    );
  }

  if (!on) {
    return (
      <form action={formAction} className="space-y-3">
        <input type="hidden" name="intent" value="start" />
        <p className="text-sm text-slate-700 dark:text-slate-300">Off. When on, signing in with an email link or another provider also asks for a code from an app on your phone.</p>
        {error}
        <SubmitButton variant="secondary" pendingLabel="Preparing…">
          Set up two-factor authentication
        </SubmitButton>
      </form>
    );
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        On. {recoveryCodesLeft} recovery code{recoveryCodesLeft === 1 ? "" : "s"} left.
      </p>
      {error}
      <div className="flex flex-wrap gap-3">
        <form action={formAction}>
          <input type="hidden" name="intent" value="regenerate" />
          <SubmitButton variant="secondary" size="sm" pendingLabel="Making new codes…">
            New recovery codes
          </SubmitButton>
        </form>
        <form action={formAction}>
          <input type="hidden" name="intent" value="off" />
          <SubmitButton variant="dangerOutline" size="sm" pendingLabel="Turning off…">
            Turn off two-factor
          </SubmitButton>
        </form>
      </div>
    </div>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const text = `Recovery codes (each works once):\n${codes.join("\n")}\n`;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Two-factor is on. Save these recovery codes somewhere safe: each signs you in once if you lose your phone. They are shown only now.
      </p>
      <ul data-testid="recovery-codes" className="grid grid-cols-2 gap-2 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <a href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`} download="recovery-codes.txt" className="text-sm font-medium text-indigo-700 dark:text-indigo-300 underline">
        Download as a text file
      </a>
    </div>
  );
}
