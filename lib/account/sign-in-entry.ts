// The security log's "sign-in" entry, written for every sign-in in the statement that starts its
// session (lib/auth/session-store.ts startSession), and whether that sign-in deserves a "New sign-in
// to your account" email.
// "Seen before" is read from the user's earlier sign-in entries (kept SECURITY_LOG_DAYS), not from
// the sessions table: a device signed out, or whose session ended, is still one the user has used.
// So a device unused for longer than SECURITY_LOG_DAYS counts as new again, and a user with no
// sign-in entry at all (the first sign-in ever, or an account older than the log) gets no email.
import { Prisma } from "../../generated/prisma/client";
import { setting } from "../env/settings";

/** At most this many new-device emails per user in any hour: a stream of sign-ins cannot flood the inbox. */
export const NEW_DEVICE_EMAILS_PER_HOUR = setting("NEW_DEVICE_EMAILS_PER_HOUR");

export type SignInOutcome = {
  /** A device label this user had not signed in with before (and not their first sign-in ever). */
  newDevice: boolean;
  /** Whether to send the new-device email: a new device, under the hourly limit. */
  alert: boolean;
};

/**
 * The common-table expressions that record the sign-in (method, device label, newDevice; the
 * client's address as recordSecurityEvent keeps it: `ipAddress`) and leave its outcome in
 * `sign_in_outcome (new_device, alert)`. One statement sees the log as it was before its own entry.
 * Concurrent first sign-ins from one new device may each count as new: a rare double email, no miss.
 */
export function signInEntryCtes(
  signIn: { userId: string; method?: string; device: string; now: Date; ipAddress: string | null },
  perHour = NEW_DEVICE_EMAILS_PER_HOUR,
): Prisma.Sql {
  const { userId, method, device, now, ipAddress } = signIn;
  // Times as UTC text cast to `timestamp`, as Prisma writes this timestamptz column (recordSecurityEvent)
  // and as lib/auth/session-store.ts explains: the cast and the column agree whatever the server's zone.
  const [at, hourAgo] = [now, new Date(now.getTime() - 3_600_000)].map((date) => date.toISOString());
  return Prisma.sql`
    sign_ins AS (
      SELECT detail, created_at FROM security_events WHERE user_id = ${userId} AND kind = 'sign-in'
    ), earlier AS (
      SELECT EXISTS (SELECT 1 FROM sign_ins) AS signed_in_before,
             EXISTS (SELECT 1 FROM sign_ins WHERE detail -> 'device' = to_jsonb(${device}::text)) AS seen,
             (SELECT count(*) FROM sign_ins
              WHERE created_at > ${hourAgo}::timestamp AND detail -> 'newDevice' = 'true'::jsonb) AS alerts_this_hour
    ), sign_in_outcome AS (
      SELECT signed_in_before AND NOT seen AS new_device, signed_in_before AND NOT seen AND alerts_this_hour < ${perHour}::int AS alert FROM earlier
    ), sign_in_entry AS (
      INSERT INTO security_events (user_id, kind, detail, ip_address, created_at)
      SELECT ${userId}, 'sign-in',
             jsonb_strip_nulls(jsonb_build_object('method', ${method ?? null}::text, 'device', ${device}::text, 'newDevice', new_device)),
             ${ipAddress}, ${at}::timestamp
      FROM sign_in_outcome
    )`;
}
