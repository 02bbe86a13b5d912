// The security log's "sign-in" entry, written for every sign-in (lib/auth/session-token.ts), and
// whether that sign-in deserves a "New sign-in to your account" email.
// "Seen before" is read from the user's earlier sign-in entries (kept SECURITY_LOG_DAYS), not from
// the sessions table: a device signed out, or whose session ended, is still one the user has used.
// So a device unused for longer than SECURITY_LOG_DAYS counts as new again, and a user with no
// sign-in entry at all (the first sign-in ever, or an account older than the log) gets no email.
import type { PrismaClient } from "../../generated/prisma/client";
import { setting } from "../env/settings";
import { recordSecurityEvent } from "./security-log";

/** At most this many new-device emails per user in any hour: a stream of sign-ins cannot flood the inbox. */
export const NEW_DEVICE_EMAILS_PER_HOUR = setting("NEW_DEVICE_EMAILS_PER_HOUR");

export type SignInOutcome = {
  /** A device label this user had not signed in with before (and not their first sign-in ever). */
  newDevice: boolean;
  /** Whether to send the new-device email: a new device, under the hourly limit. */
  alert: boolean;
};

/**
 * Records the sign-in (method, device label, newDevice) and answers whether to email about it.
 * Concurrent first sign-ins from one new device may each count as new: a rare double email, no miss.
 */
export async function recordSignIn(
  prisma: PrismaClient,
  signIn: { userId: string; method?: string; device: string; now: Date; headers?: Headers },
  perHour = NEW_DEVICE_EMAILS_PER_HOUR,
): Promise<SignInOutcome> {
  const { userId, method, device, now, headers } = signIn;
  const signIns = { userId, kind: "sign-in" };
  const [any, seen, alertsThisHour] = await Promise.all([
    prisma.securityEvent.findFirst({ where: signIns, select: { id: true } }),
    prisma.securityEvent.findFirst({ where: { ...signIns, detail: { path: ["device"], equals: device } }, select: { id: true } }),
    prisma.securityEvent.count({
      where: { ...signIns, createdAt: { gt: new Date(now.getTime() - 3_600_000) }, detail: { path: ["newDevice"], equals: true } },
    }),
  ]);
  const newDevice = any !== null && seen === null;
  await recordSecurityEvent(prisma, { userId, kind: "sign-in", detail: { method, device, newDevice }, headers, at: now });
  return { newDevice, alert: newDevice && alertsThisHour < perHour };
}
