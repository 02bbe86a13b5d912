// Each user's security activity: what happened to their account, newest first on /account. Written
// where each thing happens (sign-in, two-factor, devices, ways in, email, role, deletion), read only
// by its own user (and, for role changes, by admins), kept SECURITY_LOG_DAYS and then deleted by the
// scheduled cleanup (lib/auth/cleanup.ts).
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { setting } from "../env/settings";
import { clientAddress } from "../request/client-address";

export const SECURITY_EVENT_KINDS = [
  "sign-in",
  "two-factor-failed",
  "other-devices-signed-out",
  "session-expired",
  "way-in-added",
  "way-in-removed",
  "two-factor-on",
  "two-factor-off",
  "recovery-code-used",
  "email-changed",
  "role-changed",
  "account-deletion-requested",
] as const;

export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

/** What an entry shows beside its kind; each kind fills what it knows. */
export type SecurityEventDetail = {
  /** How the session signed in or confirmed: Auth.js's provider id ("nodemailer", "passkey", "oidc"…). */
  method?: string;
  /** The device label ("Chrome on macOS"). */
  device?: string;
  /** A sign-in from a device label this user had not signed in with before. */
  newDevice?: boolean;
  /** The way in added or removed: a provider id, or "passkey". */
  wayIn?: string;
  /** How many sessions ended (other devices signed out). */
  count?: number;
  /** Email changes and role changes: before and after. */
  from?: string;
  to?: string;
};

export type SecurityEvent = { id: string; kind: SecurityEventKind; detail: SecurityEventDetail; ipAddress: string | null; createdAt: Date };

/** How many days entries are kept. */
export const SECURITY_LOG_DAYS = setting("SECURITY_LOG_DAYS");

/** Entries per page on /account. */
export const SECURITY_LOG_PAGE_SIZE = 20;

type Db = PrismaClient | Prisma.TransactionClient;

/** The largest id Postgres's bigint holds. */
const MAX_ID = 2n ** 63n - 1n;

/**
 * The client's address as an entry keeps it: only where a trusted proxy names it
 * (lib/request/client-address.ts), for a header any client can write proves nothing.
 */
export const eventAddress = (headers: Headers | undefined): string | null => (headers ? (clientAddress(headers) ?? null) : null);

/**
 * Records one entry. `headers`: the request's, for the client's address (eventAddress).
 */
export async function recordSecurityEvent(
  db: Db,
  entry: { userId: string; kind: SecurityEventKind; detail?: SecurityEventDetail; headers?: Headers; at?: Date },
): Promise<void> {
  await db.securityEvent.create({
    data: {
      userId: entry.userId,
      kind: entry.kind,
      detail: entry.detail ?? {},
      ipAddress: eventAddress(entry.headers),
      ...(entry.at ? { createdAt: entry.at } : {}),
    },
  });
}

const isKind = (kind: string): kind is SecurityEventKind => (SECURITY_EVENT_KINDS as readonly string[]).includes(kind);

/**
 * One page of the user's entries, newest first: those before the entry `before` (the id of the last
 * one shown), or the newest. `next`: the id to ask for the page after this one, if there is one.
 */
export async function securityEventsPage(
  prisma: PrismaClient,
  userId: string,
  options: { before?: string; take?: number } = {},
): Promise<{ events: SecurityEvent[]; next?: string }> {
  const take = options.take ?? SECURITY_LOG_PAGE_SIZE;
  let before: bigint | undefined;
  try {
    before = options.before ? BigInt(options.before) : undefined;
  } catch {
    // Not a number (a hand-edited URL): the newest page.
  }
  // Beyond the id column's range (bigint), Postgres would refuse the query: the newest page too.
  if (before !== undefined && (before <= 0n || before > MAX_ID)) before = undefined;
  const rows = await prisma.securityEvent.findMany({
    where: { userId, ...(before !== undefined ? { id: { lt: before } } : {}) },
    orderBy: { id: "desc" },
    take: take + 1,
  });
  const events = rows
    .slice(0, take)
    .filter((row) => isKind(row.kind))
    .map((row) => ({
      id: row.id.toString(),
      kind: row.kind as SecurityEventKind,
      detail: (row.detail ?? {}) as SecurityEventDetail,
      ipAddress: row.ipAddress,
      createdAt: row.createdAt,
    }));
  return { events, ...(rows.length > take ? { next: rows[take - 1]!.id.toString() } : {}) };
}

/** Deletes every entry older than `days` (the scheduled cleanup); answers how many. */
export async function deleteOldSecurityEvents(prisma: PrismaClient, now: Date, days = SECURITY_LOG_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  return (await prisma.securityEvent.deleteMany({ where: { createdAt: { lt: cutoff } } })).count;
}
