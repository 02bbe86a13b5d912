import { PrismaNeon } from "@prisma/adapter-neon";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "../../generated/prisma/client";
import { scratchDatabase } from "../../tooling/vitest/scratch-database";
import { scratchPrismaForFile } from "../../tooling/vitest/scratch-prisma";
import { isDatabaseUnavailable, isPoolBusy } from "../db/database-unavailable";
import { SESSION_MAX_SECONDS, SESSION_REFRESH_SECONDS } from "./session-settings";
import { checkedSessionToken, startSessionToken } from "./session-token";

const db = await scratchPrismaForFile();
const now = new Date();
const seconds = now.getTime() / 1000;
const R = SESSION_REFRESH_SECONDS;

async function signedIn() {
  const user = await db.prisma.user.create({ data: { email: `t${Math.random()}@example.test`, name: "Ada" } });
  // Outside a request: no User-Agent, no cookie to replace.
  const token = await startSessionToken(db.prisma, { sub: user.id, role: "user" }, now);
  return { user, token };
}

/** A client whose pool has one connection, held by a slow transaction while `run` goes on. */
async function withBusyPool<T>(run: (busy: PrismaClient) => Promise<T>): Promise<T> {
  const busy = new PrismaClient({ adapter: new PrismaNeon({ connectionString: db.url, max: 1, connectionTimeoutMillis: 5000 }) });
  // Connected before the transaction takes it, so the wait below is the queue's, not the connect's.
  await busy.$queryRaw`SELECT 1`;
  let release = () => {};
  let held = () => {};
  const holding = new Promise<void>((resolve) => (held = resolve));
  const transaction = busy.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_sleep(0.05)`;
      held();
      await new Promise<void>((resolve) => (release = resolve));
    },
    { timeout: 60_000 },
  );
  await holding;
  try {
    return await run(busy);
  } finally {
    release();
    await transaction;
    await busy.$disconnect();
  }
}

describe("the session token", () => {
  it("signs in with one statement: the row, the security log's entry, and the two-factor claim from the row", async () => {
    const user = await db.prisma.user.create({ data: { email: `t${Math.random()}@example.test` } });
    await db.prisma.twoFactor.create({ data: { userId: user.id, secret: "sealed", enabledAt: now } });
    const logged = new PrismaClient({ adapter: new PrismaNeon({ connectionString: db.url }), log: [{ emit: "event", level: "query" }] });
    const statements: string[] = [];
    logged.$on("query", (event) => statements.push(event.query));
    try {
      await logged.$queryRaw`SELECT 1`;
      statements.length = 0;
      const token = await startSessionToken(logged, { sub: user.id, role: "user" }, now, "nodemailer");
      expect(statements).toHaveLength(1);
      expect(token.twoFactorPending).toBe(true);
      const passkey = await startSessionToken(logged, { sub: user.id, role: "user" }, now, "passkey");
      expect(passkey.twoFactorPending).toBeUndefined();
    } finally {
      await logged.$disconnect();
    }
    const entries = await db.prisma.securityEvent.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => [entry.kind, entry.detail, entry.ipAddress])).toEqual([
      ["sign-in", { method: "nodemailer", device: "Unknown device", newDevice: false }, null],
      ["sign-in", { method: "passkey", device: "Unknown device", newDevice: false }, null],
    ]);
  });

  it("carries its new row's session token, when it began, when it was checked, and when it is next due", async () => {
    const { user, token } = await signedIn();
    expect(token).toMatchObject({ startedAt: seconds, checkedAt: seconds, recheckAt: seconds + R });
    const row = await db.prisma.session.findUniqueOrThrow({ where: { sessionToken: token.sid } });
    expect(row).toMatchObject({ userId: user.id, device: "Unknown device" });
    expect(row.id).not.toBe(token.sid);
  });

  it("takes the role and name from the check, and ends without a row or a session id", async () => {
    const { user, token } = await signedIn();
    await db.prisma.user.update({ where: { id: user.id }, data: { role: "admin", name: "Ada L." } });
    const later = new Date(now.getTime() + 60_000);
    expect(await checkedSessionToken(db.prisma, token, later)).toMatchObject({
      sid: token.sid,
      role: "admin",
      name: "Ada L.",
      checkedAt: later.getTime() / 1000,
      recheckAt: later.getTime() / 1000 + R,
    });
    await db.prisma.session.delete({ where: { sessionToken: token.sid } });
    expect(await checkedSessionToken(db.prisma, token, later)).toBeNull();
    expect(await checkedSessionToken(db.prisma, { sub: user.id, role: "user" }, later)).toBeNull();
  });

  it("keeps the session when the database cannot be reached, one interval past its last check at most", async () => {
    const { token } = await signedIn();
    const unreachable = new URL(db.url);
    unreachable.port = "1";
    const down = new PrismaClient({ adapter: new PrismaNeon({ connectionString: unreachable.toString() }) });
    try {
      const error = await down.$queryRaw`SELECT 1`.catch((e: unknown) => e);
      expect([isDatabaseUnavailable(error), isPoolBusy(error)]).toEqual([true, false]);
      // Due now, checked one interval ago: kept for one more interval.
      expect(await checkedSessionToken(down, { ...token, checkedAt: seconds - R }, now)).toEqual({ ...token, checkedAt: seconds - R, recheckAt: seconds + R });
      // Checked two intervals ago: over.
      expect(await checkedSessionToken(down, { ...token, checkedAt: seconds - 2 * R }, now)).toBeNull();
      // A token without the last check's time has no grace.
      expect(await checkedSessionToken(down, { ...token, checkedAt: undefined }, now)).toBeNull();
    } finally {
      await down.$disconnect();
    }
  });

  it("tells a busy pool from an outage, and bounds an unchecked session the same way (pool of one held by a slow transaction)", async () => {
    const { token } = await signedIn();
    await withBusyPool(async (busy) => {
      const error = await busy.$queryRaw`SELECT 1`.catch((e: unknown) => e);
      expect([isDatabaseUnavailable(error), isPoolBusy(error)]).toEqual([true, true]);

      const checkedAt = seconds - R - 10;
      expect(await checkedSessionToken(busy, { ...token, checkedAt }, now)).toEqual({ ...token, checkedAt, recheckAt: checkedAt + 2 * R });
      expect(await checkedSessionToken(busy, { ...token, checkedAt: seconds - 2 * R - 1 }, now)).toBeNull();
      // Never past the maximum age, however recently it was checked.
      const startedAt = seconds - SESSION_MAX_SECONDS + 5;
      expect(await checkedSessionToken(busy, { ...token, startedAt, checkedAt: seconds - 1 }, now)).toMatchObject({ recheckAt: seconds + 5 });
      expect(await checkedSessionToken(busy, { ...token, startedAt: seconds - SESSION_MAX_SECONDS, checkedAt: seconds - 1 }, now)).toBeNull();
    });
    // The pool free again, the same session checks as usual.
    expect(await checkedSessionToken(db.prisma, token, now)).toMatchObject({ sid: token.sid, checkedAt: seconds });
    // Each refused check waits out the pool's 5 s connect timeout.
  }, 90_000);

  it("fails the check on any other database error, so nothing but an outage keeps a session alive", async () => {
    const { token } = await signedIn();
    // A database the app can reach but whose schema is not the app's (a migration not applied).
    const empty = await scratchDatabase();
    const unmigrated = new PrismaClient({ adapter: new PrismaNeon({ connectionString: empty.url }) });
    try {
      await expect(checkedSessionToken(unmigrated, token, now)).rejects.toThrow(/sessions|does not exist/);
    } finally {
      await unmigrated.$disconnect();
      await empty.drop();
    }
  });
});
