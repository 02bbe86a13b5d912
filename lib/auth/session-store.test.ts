import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { scratchPrisma } from "../../tooling/vitest/scratch-prisma";
import { checkSession, endOtherSessions, endSessionOf, liveSessions, recheckAt, startSession, type SessionLimits } from "./session-store";

const limits: SessionLimits = { idleSeconds: 30 * 86_400, maxSeconds: 90 * 86_400 };
const DAY = 86_400_000;
const t0 = new Date("2026-11-30T12:00:00.000Z");
const at = (days: number) => new Date(t0.getTime() + days * DAY);

let db: Awaited<ReturnType<typeof scratchPrisma>>;
let prisma: PrismaClient;
let sequence = 0;

beforeAll(async () => {
  db = await scratchPrisma();
  prisma = db.prisma;
  // Times are stored as UTC wall clock; a server in another zone must not shift the comparisons.
  await prisma.$executeRawUnsafe(`ALTER DATABASE "${new URL(db.url).pathname.slice(1)}" SET TIME ZONE 'America/Los_Angeles'`);
  // New connections take the setting.
  await prisma.$disconnect();
  expect(await prisma.$queryRaw`SELECT current_setting('TimeZone') AS zone`).toEqual([{ zone: "America/Los_Angeles" }]);
});
afterAll(() => db.drop());

async function newUser(role: "user" | "admin" = "user") {
  return prisma.user.create({ data: { email: `u${++sequence}@example.test`, name: `User ${sequence}`, role } });
}

describe("checkSession", () => {
  it("answers a live session with the user's current role, name and address, and stamps last seen", async () => {
    const user = await newUser();
    const session = await startSession(prisma, { userId: user.id, device: "Chrome on macOS", now: t0 }, limits);
    const email = `moved-${user.id}@example.test`;
    await prisma.user.update({ where: { id: user.id }, data: { role: "admin", name: "Renamed", email } });

    expect(await checkSession(prisma, { sessionToken: session.sessionToken, userId: user.id, now: at(1) }, limits)).toEqual({
      role: "admin",
      name: "Renamed",
      email,
      createdAt: t0,
    });
    const row = await prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.lastSeenAt).toEqual(at(1));
    expect(row.createdAt).toEqual(t0);
  });

  it("ends a session whose row is gone, or that belongs to someone else", async () => {
    const user = await newUser();
    const other = await newUser();
    const session = await startSession(prisma, { userId: user.id, device: "d", now: t0 }, limits);
    expect(await checkSession(prisma, { sessionToken: session.sessionToken, userId: other.id, now: t0 }, limits)).toBeUndefined();
    expect(await endSessionOf(prisma, { userId: other.id, id: session.id, currentToken: undefined })).toBe("gone");
    expect(await endSessionOf(prisma, { userId: user.id, id: session.id, currentToken: session.sessionToken })).toBe("current");
    expect(await endSessionOf(prisma, { userId: user.id, id: session.id, currentToken: "another" })).toBe("ended");
    expect(await endSessionOf(prisma, { userId: user.id, id: session.id, currentToken: "another" })).toBe("gone");
    expect(await checkSession(prisma, { sessionToken: session.sessionToken, userId: user.id, now: t0 }, limits)).toBeUndefined();
  });

  it("keeps a session used within the idle limit, and ends and deletes one idle for it", async () => {
    const user = await newUser();
    const session = await startSession(prisma, { userId: user.id, device: "d", now: t0 }, limits);
    // Used every 29 days: alive each time.
    for (const day of [29, 58, 87]) {
      expect(await checkSession(prisma, { sessionToken: session.sessionToken, userId: user.id, now: at(day) }, limits), `day ${day}`).toBeDefined();
    }
    const idle = await startSession(prisma, { userId: user.id, device: "d", now: t0 }, limits);
    expect(await checkSession(prisma, { sessionToken: idle.sessionToken, userId: user.id, now: at(30) }, limits)).toBeUndefined();
    expect(await prisma.session.findUnique({ where: { id: idle.id } })).toBeNull();
    // The user's security activity says which session ended, once (besides the two sign-ins).
    const expired = { userId: user.id, kind: "session-expired" };
    expect(await prisma.securityEvent.findMany({ where: expired, select: { kind: true, detail: true, createdAt: true } })).toEqual([
      { kind: "session-expired", detail: { device: "d" }, createdAt: at(30) },
    ]);
    expect(await checkSession(prisma, { sessionToken: idle.sessionToken, userId: user.id, now: at(31) }, limits)).toBeUndefined();
    expect(await prisma.securityEvent.count({ where: expired })).toBe(1);
  });

  it("ends a session at its maximum age however much it is used", async () => {
    const user = await newUser();
    const session = await startSession(prisma, { userId: user.id, device: "d", now: t0 }, limits);
    for (let day = 20; day < 90; day += 20) {
      expect(await checkSession(prisma, { sessionToken: session.sessionToken, userId: user.id, now: at(day) }, limits)).toBeDefined();
    }
    expect(await checkSession(prisma, { sessionToken: session.sessionToken, userId: user.id, now: at(90) }, limits)).toBeUndefined();
    expect(await prisma.session.findUnique({ where: { id: session.id } })).toBeNull();
  });

  it("ends a session when its account is deleted", async () => {
    const user = await newUser();
    const session = await startSession(prisma, { userId: user.id, device: "d", now: t0 }, limits);
    await prisma.user.delete({ where: { id: user.id } });
    expect(await checkSession(prisma, { sessionToken: session.sessionToken, userId: user.id, now: t0 }, limits)).toBeUndefined();
  });
});

describe("the account page's session list", () => {
  it("lists live sessions newest seen first, ends all but this one, and clears dead rows at the next sign-in", async () => {
    const user = await newUser();
    const here = await startSession(prisma, { userId: user.id, device: "Firefox on Linux", now: at(0) }, limits);
    const phone = await startSession(prisma, { userId: user.id, device: "Safari on iOS", now: at(1) }, limits);
    const forgotten = await startSession(prisma, { userId: user.id, device: "Chrome on Windows", now: at(-40) }, limits);
    const stranger = await startSession(prisma, { userId: (await newUser()).id, device: "x", now: at(1) }, limits);

    const listed = await liveSessions(prisma, user.id, here.sessionToken, at(2), limits);
    expect(listed.map((s) => s.device)).toEqual(["Safari on iOS", "Firefox on Linux"]);
    expect(listed.map((s) => s.current)).toEqual([false, true]);
    // The page gets row ids, never a session token.
    expect(listed.every((s) => !("sessionToken" in s))).toBe(true);
    expect(await prisma.session.findUnique({ where: { id: forgotten.id } })).not.toBeNull();

    expect(await endOtherSessions(prisma, user.id, here.sessionToken)).toBe(2);
    expect((await liveSessions(prisma, user.id, here.sessionToken, at(2), limits)).map((s) => s.id)).toEqual([here.id]);
    expect(await prisma.session.findUnique({ where: { id: stranger.id } })).not.toBeNull();

    await startSession(prisma, { userId: user.id, device: "again", now: at(31) }, limits);
    expect(await prisma.session.findUnique({ where: { id: here.id } })).toBeNull();
    expect(phone.id).not.toBe(here.id);
  });
});

describe("startSession", () => {
  it("writes Auth.js's columns: a random session token, the user, and when the session ends", async () => {
    const user = await newUser();
    const one = await startSession(prisma, { userId: user.id, device: "d", now: t0 }, limits);
    const two = await startSession(prisma, { userId: user.id, device: "d", now: t0 }, limits);
    expect(one.sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(two.sessionToken).not.toBe(one.sessionToken);
    const row = await prisma.session.findUniqueOrThrow({ where: { sessionToken: one.sessionToken } });
    expect(row).toMatchObject({ id: one.id, userId: user.id, createdAt: t0, lastSeenAt: t0, expires: at(30) });
  });

  it("replaces the browser's previous session, whoever's it was, in the same statement", async () => {
    const before = await startSession(prisma, { userId: (await newUser()).id, device: "d", now: t0 }, limits);
    const user = await newUser();
    const after = await startSession(prisma, { userId: user.id, device: "d", now: at(1), replacedToken: before.sessionToken }, limits);
    expect(await prisma.session.findUnique({ where: { id: before.id } })).toBeNull();
    expect(await prisma.session.findUnique({ where: { id: after.id } })).not.toBeNull();
  });

  it("is pending a second factor when the user has two-factor on, except for a passkey sign-in", async () => {
    const [on, settingUp, off] = [await newUser(), await newUser(), await newUser()];
    await prisma.twoFactor.create({ data: { userId: on.id, secret: "sealed", enabledAt: t0 } });
    await prisma.twoFactor.create({ data: { userId: settingUp.id, secret: "sealed" } });
    const start = (userId: string, method: string) => startSession(prisma, { userId, device: "d", now: t0, method }, limits);
    const cases = [
      [on, "nodemailer", true],
      [on, "oidc", true],
      [on, "passkey", false],
      [settingUp, "nodemailer", false],
      [off, "nodemailer", false],
    ] as const;
    for (const [user, method, pending] of cases) {
      const session = await start(user.id, method);
      expect(session.twoFactorPending).toBe(pending);
      const row = await prisma.session.findUniqueOrThrow({ where: { id: session.id } });
      expect(row.twoFactorPending).toBe(pending);
    }
  });

  it("writes its sign-in entry at the sign-in's time and counts the hour in UTC whatever the server's zone", async () => {
    const user = await newUser();
    const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
    const start = async (device: string, now: Date) => (await startSession(prisma, { userId: user.id, device, now }, limits, 1)).alert;
    expect(await start("first", minutes(0))).toBe(false);
    expect(await start("a", minutes(1))).toBe(true);
    expect(await start("b", minutes(2))).toBe(false);
    expect(await start("c", minutes(62))).toBe(true);
    const times = await prisma.securityEvent.findMany({ where: { userId: user.id }, orderBy: { id: "asc" }, select: { createdAt: true } });
    expect(times.map((row) => row.createdAt)).toEqual([minutes(0), minutes(1), minutes(2), minutes(62)]);
  });

  it("moves expires with each check, never past the maximum age", async () => {
    const user = await newUser();
    const session = await startSession(prisma, { userId: user.id, device: "d", now: t0 }, limits);
    await checkSession(prisma, { sessionToken: session.sessionToken, userId: user.id, now: at(10) }, limits);
    expect((await prisma.session.findUniqueOrThrow({ where: { id: session.id } })).expires).toEqual(at(40));
    await checkSession(prisma, { sessionToken: session.sessionToken, userId: user.id, now: at(35) }, limits);
    await checkSession(prisma, { sessionToken: session.sessionToken, userId: user.id, now: at(64) }, limits);
    expect((await prisma.session.findUniqueOrThrow({ where: { id: session.id } })).expires).toEqual(at(90));
  });
});

describe("recheckAt", () => {
  it("is one interval away, or the maximum age when that comes first", () => {
    const now = t0.getTime() / 1000;
    expect(recheckAt(now, t0, 300, limits)).toBe(now + 300);
    const nearlyOver = new Date(t0.getTime() - limits.maxSeconds * 1000 + 60_000);
    expect(recheckAt(now, nearlyOver, 300, limits)).toBe(now + 60);
  });
});
