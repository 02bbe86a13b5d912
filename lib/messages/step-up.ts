// What the account page says when a destructive action needs its user confirmed again (step-up,
// lib/auth/step-up.ts): the actions that ask, as the page names them in ?confirm=, and the sentence.
// Apart from the guard so client components can import it.

/** Each action that needs a recent sign-in, with the words that finish "To …". */
export const STEP_UP_ACTIONS = {
  "delete-account": "delete your account",
  "remove-sign-in-method": "remove a way to sign in",
  "sign-out-devices": "sign out your other devices",
  "turn-on-two-factor": "turn two-factor on",
  "turn-off-two-factor": "turn two-factor off",
  "new-recovery-codes": "make new recovery codes",
  "change-email": "change your email address",
  // Adding a way in has its own guard (lib/auth/recent-sign-in.ts) and shares the confirmation.
  "add-sign-in-method": "add a way to sign in",
} as const;

export type StepUpAction = keyof typeof STEP_UP_ACTIONS;

/** The machine-readable part of a refusal: which action waits for the confirmation. */
export type StepUpRefusal = { error: string; stepUp: StepUpAction };

/** `?confirm=` comes from the address bar: only a known action opens the confirmation. */
export const isStepUpAction = (value: unknown): value is StepUpAction => typeof value === "string" && Object.hasOwn(STEP_UP_ACTIONS, value);

export const stepUpMessage = (action: StepUpAction, minutes: number) =>
  `To ${STEP_UP_ACTIONS[action]}, confirm it's you: your last sign-in or confirmation here was more than ${minutes} minutes ago.`;
