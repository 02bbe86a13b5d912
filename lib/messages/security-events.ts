// What the security activity on /account says for each kind of entry (lib/account/security-log.ts):
// a plain title, and the details the entry recorded, each in words.
import type { SecurityEvent } from "../account/security-log";

/** Names a way in or a sign-in method from its Auth.js provider id ("oidc" → the provider's name). */
export type MethodName = (providerId: string) => string;

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many.replace("#", String(count)));

export function securityEventTitle({ kind, detail }: SecurityEvent, methodName: MethodName): string {
  switch (kind) {
    case "sign-in":
      return "Signed in";
    case "two-factor-failed":
      return "Wrong two-factor code entered";
    case "other-devices-signed-out":
      return plural(detail.count ?? 1, "Signed out another device", "Signed out # other devices");
    case "session-expired":
      return "A session ended after its time limit";
    case "way-in-added":
      return detail.wayIn ? `Added a way to sign in: ${methodName(detail.wayIn)}` : "Added a way to sign in";
    case "way-in-removed":
      return detail.wayIn ? `Removed a way to sign in: ${methodName(detail.wayIn)}` : "Removed a way to sign in";
    case "two-factor-on":
      return "Two-factor turned on";
    case "two-factor-off":
      return "Two-factor turned off";
    case "recovery-code-used":
      return "Recovery code used";
    case "email-changed":
      return detail.from && detail.to ? `Email address changed from ${detail.from} to ${detail.to}` : "Email address changed";
    case "role-changed":
      return detail.from && detail.to ? `Role changed from ${detail.from} to ${detail.to}` : "Role changed";
    case "account-deletion-requested":
      return "Account deletion asked for, and refused until confirmed";
  }
}

/** The entry's details in words: how, on which device, from where (only when recorded). */
export function securityEventDetails({ kind, detail, ipAddress }: SecurityEvent, methodName: MethodName): string[] {
  return [
    kind === "sign-in" && detail.method ? `with ${methodName(detail.method)}` : undefined,
    detail.device,
    ipAddress ? `from ${ipAddress}` : undefined,
  ].filter((part): part is string => part !== undefined);
}
