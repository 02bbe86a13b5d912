// The rule for short, single-line labels people type (their name, a passkey's name), so every such
// field trims, counts and refuses the same way.

export type ShortTextCheck = { ok: true; value: string } | { ok: false; error: string };

export type ShortTextRule = {
  max: number;
  /** Sentences for the form, e.g. "Enter your name." */
  messages: { empty: string; tooLong: string };
};

// Tabs, newlines and other control characters would break the one-line places a label is shown.
const CONTROL = /\p{Cc}/u;

export function checkShortText(raw: string, rule: ShortTextRule): ShortTextCheck {
  const value = raw.trim();
  if (!value) return { ok: false, error: rule.messages.empty };
  // Code points, not UTF-16 units: an emoji counts as one character, as people count it.
  if ([...value].length > rule.max) return { ok: false, error: rule.messages.tooLong };
  if (CONTROL.test(value)) return { ok: false, error: "Use one line of text, without tabs or line breaks." };
  return { ok: true, value };
}
