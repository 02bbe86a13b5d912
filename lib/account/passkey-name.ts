// Names of passkeys: what a rename accepts, and the default a new passkey gets.
import { checkShortText, type ShortTextCheck } from "./short-text";

export const PASSKEY_NAME_MAX_LENGTH = 60;

/** Shown for a passkey that has no name (yet). */
export const UNNAMED_PASSKEY = "Passkey";

export const checkPasskeyName = (raw: string): ShortTextCheck =>
  checkShortText(raw, {
    max: PASSKEY_NAME_MAX_LENGTH,
    messages: {
      empty: "Enter a name for this passkey.",
      tooLong: `A passkey name can be at most ${PASSKEY_NAME_MAX_LENGTH} characters long.`,
    },
  });

/**
 * The default name of a user's next passkey, given the names of those they have: "Passkey {n}"
 * where n says which of their passkeys it is, moved past names in use so that two passkeys never
 * share a default name after one was deleted.
 */
export function nextPasskeyName(existing: readonly (string | null)[]): string {
  const used = new Set(existing);
  let n = existing.length + 1;
  while (used.has(`${UNNAMED_PASSKEY} ${n}`)) n += 1;
  return `${UNNAMED_PASSKEY} ${n}`;
}
