import { describe, expect, it } from "vitest";
import { SECURITY_EVENT_KINDS, type SecurityEvent, type SecurityEventDetail } from "../account/security-log";
import { securityEventDetails, securityEventTitle } from "./security-events";

const names: Record<string, string> = { oidc: "Acme ID", passkey: "a passkey", nodemailer: "an email link" };
const methodName = (id: string) => names[id] ?? id;
const event = (kind: SecurityEvent["kind"], detail: SecurityEventDetail = {}, ipAddress: string | null = null): SecurityEvent => ({
  id: "1",
  kind,
  detail,
  ipAddress,
  createdAt: new Date(0),
});

describe("securityEventTitle", () => {
  it("has a plain title for every kind", () => {
    for (const kind of SECURITY_EVENT_KINDS) expect(securityEventTitle(event(kind), methodName)).toMatch(/^[A-Z]/);
  });

  it("names what the entry recorded", () => {
    expect(securityEventTitle(event("way-in-added", { wayIn: "oidc" }), methodName)).toBe("Added a way to sign in: Acme ID");
    expect(securityEventTitle(event("way-in-removed", { wayIn: "passkey" }), methodName)).toBe("Removed a way to sign in: a passkey");
    expect(securityEventTitle(event("other-devices-signed-out", { count: 1 }), methodName)).toBe("Signed out another device");
    expect(securityEventTitle(event("other-devices-signed-out", { count: 3 }), methodName)).toBe("Signed out 3 other devices");
    expect(securityEventTitle(event("role-changed", { from: "user", to: "admin" }), methodName)).toBe("Role changed from user to admin");
  });
});

describe("securityEventDetails", () => {
  it("says how, where and from which address, only what was recorded", () => {
    expect(securityEventDetails(event("sign-in", { method: "nodemailer", device: "Firefox on Linux" }, "203.0.113.7"), methodName)).toEqual([
      "with an email link",
      "Firefox on Linux",
      "from 203.0.113.7",
    ]);
    expect(securityEventDetails(event("session-expired", { device: "Chrome on macOS" }), methodName)).toEqual(["Chrome on macOS"]);
    expect(securityEventDetails(event("two-factor-on"), methodName)).toEqual([]);
  });
});
