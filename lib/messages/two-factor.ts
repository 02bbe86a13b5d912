// What someone giving a two-factor code reads when it is refused.

const inMinutes = (seconds: number) => {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
};

export const WRONG_CODE_MESSAGE =
  "That code is not right, or was already used. Enter the 6-digit code your authenticator app shows now, or one of your recovery codes.";

export const tooManyAttemptsMessage = (retryAfterSeconds: number) =>
  `Too many wrong codes. Try again in ${inMinutes(retryAfterSeconds)}.`;

export const UNREADABLE_KEY_MESSAGE =
  "Codes from your authenticator app can't be checked right now (this site's keys changed). Use one of your recovery codes, then set up two-factor again on your account page.";

export const EMPTY_CODE_MESSAGE = "Enter the 6-digit code from your authenticator app, or a recovery code.";

export const TWO_FACTOR_ALREADY_ON_MESSAGE = "Two-factor authentication is already on. Turn it off first to set up another authenticator.";
export const TWO_FACTOR_OFF_MESSAGE = "Two-factor authentication is off: there is nothing to change. Reload the page.";
