import { PrismaNeon } from "@prisma/adapter-neon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../generated/prisma/client";
import { scratchDatabase } from "../../tooling/vitest/scratch-database";
import { scratchPrisma } from "../../tooling/vitest/scratch-prisma";
import { SESSION_REFRESH_SECONDS } from "./session-settings";
import { checkedSessionToken, startSessionToken } from "./session-token";

let db: Awaited<ReturnType<typeof scratchPrisma>>;
const now = new Date();
const seconds = now.getTime() / 1000;

beforeAll(async () => {
  db = await scratchPrisma();
});
afterAll(() => db.drop());

async function signedIn() {
  const user = await db.prisma.user.create({ data: { email: `t${Math.random()}@example.test`, name: "Ada" } });
  // Outside a request: no User-Agent, no cookie to replace.
  const token = await startSessionToken(db.prisma, { sub: user.id, role: "user" }, now);
  return { user, token };
}

describe("the session token", () => {
  it("carries its new row's id and when it is next due", async () => {
    const { user, token } = await signedIn();
    expect(token.recheckAt).toBe(seconds + SESSION_REFRESH_SECONDS);
    const row = await db.prisma.session.findUniqueOrThrow({ where: { id: token.sid } });
    expect(row).toMatchObject({ userId: user.id, device: "Unknown device" });
  });

  it("takes the role and name from the check, and ends without a row or a session id", async () => {
    const { user, token } = await signedIn();
    await db.prisma.user.update({ where: { id: user.id }, data: { role: "admin", name: "Ada L." } });
    const later = new Date(now.getTime() + 60_000);
    expect(await checkedSessionToken(db.prisma, token, later)).toMatchObject({
      sid: token.sid,
      role: "admin",
      name: "Ada L.",
      recheckAt: later.getTime() / 1000 + SESSION_REFRESH_SECONDS,
    });
    await db.prisma.session.delete({ where: { id: token.sid } });
    expect(await checkedSessionToken(db.prisma, token, later)).toBeNull();
    expect(await checkedSessionToken(db.prisma, { sub: user.id, role: "user" }, later)).toBeNull();
  });

  it("keeps the session when the database cannot be reached, and checks again one interval later", async () => {
    const { token } = await signedIn();
    const unreachable = new URL(db.url);
    unreachable.port = "1";
    const down = new PrismaClient({ adapter: new PrismaNeon({ connectionString: unreachable.toString() }) });
    try {
      expect(await checkedSessionToken(down, token, now)).toEqual({ ...token, recheckAt: seconds + SESSION_REFRESH_SECONDS });
    } finally {
      await down.$disconnect();
    }
  });

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
