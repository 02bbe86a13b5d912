// What the account page accepts as a person's name.
import { checkShortText, type ShortTextCheck } from "./short-text";

export const ACCOUNT_NAME_MAX_LENGTH = 80;

export const checkAccountName = (raw: string): ShortTextCheck =>
  checkShortText(raw, {
    max: ACCOUNT_NAME_MAX_LENGTH,
    messages: {
      empty: "Enter your name.",
      tooLong: `Your name can be at most ${ACCOUNT_NAME_MAX_LENGTH} characters long.`,
    },
  });
