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
 * Default names for `unnamed` new passkeys, given the names the user's other passkeys have:
 * "Passkey {n}" where n says which passkey of the user it is, skipping names already taken so two
 * passkeys never share a default name after one was deleted.
 */
export function defaultPasskeyNames(taken: readonly string[], unnamed: number): string[] {
  const used = new Set(taken);
  const names: string[] = [];
  let n = taken.length;
  while (names.length < unnamed) {
    n += 1;
    const name = `${UNNAMED_PASSKEY} ${n}`;
    if (used.has(name)) continue;
    used.add(name);
    names.push(name);
  }
  return names;
}
