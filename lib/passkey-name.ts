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
 * Default names for the unnamed ones among a user's passkeys, listed in the order they were added:
 * "Passkey {n}" where n says which of the user's passkeys it is, moved on past names already in use
 * so two passkeys never share a default name after one was deleted.
 */
export function defaultPasskeyNames<T extends { name: string | null }>(passkeys: readonly T[]): { passkey: T; name: string }[] {
  const used = new Set(passkeys.map((passkey) => passkey.name));
  const named: { passkey: T; name: string }[] = [];
  let n = 0;
  passkeys.forEach((passkey, index) => {
    if (passkey.name !== null) return;
    n = Math.max(n + 1, index + 1);
    while (used.has(`${UNNAMED_PASSKEY} ${n}`)) n += 1;
    const name = `${UNNAMED_PASSKEY} ${n}`;
    used.add(name);
    named.push({ passkey, name });
  });
  return named;
}
