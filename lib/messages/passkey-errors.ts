// Sentences for what can go wrong in a passkey ceremony. The browser throws (the person closed the
// prompt, or the device already holds a passkey for this account); the server answers with an
// Auth.js error code, or not at all when the request was refused before the ceremony.
import { authErrorMessage } from "./auth-errors";

export type PasskeyAction = "sign-in" | "register";

const CANCELLED: Record<PasskeyAction, string> = {
  // Browsers also answer this way when the device holds no passkey for this site.
  "sign-in": "No passkey was used: the prompt was closed, or this device has no passkey for this site. Try again, or choose another way to sign in.",
  register: "The passkey prompt was closed before a passkey was created. Nothing was added.",
};

const FAILED: Record<PasskeyAction, string> = {
  // Auth.js reports an unknown passkey (one deleted from its account) as "Configuration", so the
  // server's code says nothing useful here.
  "sign-in": "That passkey didn't sign you in. If you deleted it from your account, choose another way to sign in.",
  register: "We couldn't add the passkey. Reload the page and try again.",
};

/** For an exception thrown by signIn() from next-auth/webauthn. */
export function passkeyExceptionMessage(error: unknown, action: PasskeyAction): string {
  const name = error instanceof Error ? error.name : undefined;
  // NotAllowedError: cancelled or timed out; browsers give both the same name on purpose.
  if (name === "NotAllowedError" || name === "AbortError") return CANCELLED[action];
  if (name === "InvalidStateError" && action === "register") {
    return "This device already holds a passkey for your account.";
  }
  return FAILED[action];
}

/** For the error code in the URL Auth.js answers with, or for no answer (`undefined` result). */
export function passkeyResultMessage(code: string | null | undefined, action: PasskeyAction): string {
  if (code === "WebAuthnVerificationError") return authErrorMessage(code);
  return FAILED[action];
}
