import { describe, expect, it } from "vitest";
import { scratchPrismaForFile } from "../../tooling/vitest/scratch-prisma";
import { deleteOldSecurityEvents, recordSecurityEvent, securityEventsPage } from "./security-log";

const { prisma } = await scratchPrismaForFile();

const newUser = (email: string) => prisma.user.create({ data: { email } });

describe("security log", () => {
  it("pages a user's entries newest first, and never another user's", async () => {
    const user = await newUser("log@example.test");
    const other = await newUser("other-log@example.test");
    for (let i = 0; i < 5; i++) await recordSecurityEvent(prisma, { userId: user.id, kind: "sign-in", detail: { device: `device ${i}` } });
    await recordSecurityEvent(prisma, { userId: other.id, kind: "way-in-added", detail: { wayIn: "passkey" } });

    const first = await securityEventsPage(prisma, user.id, { take: 2 });
    expect(first.events.map((e) => e.detail.device)).toEqual(["device 4", "device 3"]);
    const second = await securityEventsPage(prisma, user.id, { take: 2, before: first.next });
    expect(second.events.map((e) => e.detail.device)).toEqual(["device 2", "device 1"]);
    const last = await securityEventsPage(prisma, user.id, { take: 2, before: second.next });
    expect(last).toEqual({ events: [expect.objectContaining({ kind: "sign-in", detail: { device: "device 0" } })] });
    // A hand-edited cursor is the newest page, not an error.
    expect((await securityEventsPage(prisma, user.id, { take: 2, before: "x'; --" })).events.map((e) => e.detail.device)).toEqual(["device 4", "device 3"]);
    // Numbers outside the id column's range: the newest page, not a database error.
    for (const before of ["9".repeat(40), "-1", "0", "9223372036854775808"]) {
      expect((await securityEventsPage(prisma, user.id, { take: 2, before })).events.map((e) => e.detail.device), before).toEqual(["device 4", "device 3"]);
    }
    expect((await securityEventsPage(prisma, other.id)).events.map((e) => e.kind)).toEqual(["way-in-added"]);
  });

  it("keeps the client's address only where a trusted proxy names it", async () => {
    const user = await newUser("address@example.test");
    const headers = new Headers({ "x-forwarded-for": "203.0.113.7" });
    const saved = process.env.CLIENT_IP_HEADER;
    try {
      delete process.env.CLIENT_IP_HEADER;
      await recordSecurityEvent(prisma, { userId: user.id, kind: "sign-in", headers });
      process.env.CLIENT_IP_HEADER = "x-forwarded-for";
      await recordSecurityEvent(prisma, { userId: user.id, kind: "sign-in", headers });
    } finally {
      if (saved === undefined) delete process.env.CLIENT_IP_HEADER;
      else process.env.CLIENT_IP_HEADER = saved;
    }
    expect((await securityEventsPage(prisma, user.id)).events.map((e) => e.ipAddress)).toEqual(["203.0.113.7", null]);
  });

  it("deletes entries older than the kept days, and goes with its user", async () => {
    const user = await newUser("old@example.test");
    const now = new Date("2026-12-07T00:00:00.000Z");
    await recordSecurityEvent(prisma, { userId: user.id, kind: "sign-in", detail: { device: "old" }, at: new Date(now.getTime() - 91 * 86_400_000) });
    await recordSecurityEvent(prisma, { userId: user.id, kind: "sign-in", detail: { device: "recent" }, at: new Date(now.getTime() - 89 * 86_400_000) });
    expect(await deleteOldSecurityEvents(prisma, now, 90)).toBeGreaterThanOrEqual(1);
    expect((await securityEventsPage(prisma, user.id)).events.map((e) => e.detail.device)).toEqual(["recent"]);
    await prisma.user.delete({ where: { id: user.id } });
    expect(await prisma.securityEvent.count({ where: { userId: user.id } })).toBe(0);
  });
});
