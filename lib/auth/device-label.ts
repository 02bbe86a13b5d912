// "Chrome on macOS": how the account page names a signed-in device. Read from the User-Agent at
// sign-in by bowser, whose names come from its own table, never from the raw header text.
import Bowser from "bowser";

export const UNKNOWN_DEVICE = "Unknown device";
const MAX_LENGTH = 60;

export function deviceLabel(userAgent: string | null | undefined): string {
  // bowser refuses an empty string.
  if (!userAgent?.trim()) return UNKNOWN_DEVICE;
  const { browser, os } = Bowser.parse(userAgent);
  const label = [browser.name, os.name].filter(Boolean).join(" on ");
  return label ? label.slice(0, MAX_LENGTH) : UNKNOWN_DEVICE;
}
