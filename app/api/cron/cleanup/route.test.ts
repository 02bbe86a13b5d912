// The scheduled cleanup route against a real database: rows past their bound go, newer ones stay,
// and any call without the secret gets 401 and deletes nothing.
import net from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { scratchPrisma } from "@/tooling/vitest/scratch-prisma";

const SECRET = "0123456789abcdef0123456789abcdef";
const MINUTE = 60_000;
const DAY = 86_400_000;

let db: Awaited<ReturnType<typeof scratchPrisma>>;
beforeAll(async () => {
  db = await scratchPrisma();
});
afterAll(() => db.drop());

beforeEach(() => {
  process.env.CRON_SECRET = SECRET;
});

/** GET /api/cron/cleanup as a fresh server process would answer it, against `databaseUrl`. */
async function cleanup(authorization: string | undefined, databaseUrl = db.url) {
  vi.resetModules();
  delete (globalThis as { prisma?: unknown }).prisma;
  process.env.DATABASE_URL = databaseUrl;
  process.env.NEON_BRIDGE_PORT = String(inject("neonBridgePort"));
  const { GET } = await import("./route");
  const headers = authorization === undefined ? undefined : { authorization };
  const response = await GET(new Request("http://localhost/api/cron/cleanup", { headers }));
  return { status: response.status, body: (await response.json()) as unknown };
}

/** One row of each kind on each side of its bound, as of now. */
async function seed() {
  const ago = (ms: number) => new Date(Date.now() - ms);
  const later = (ms: number) => new Date(Date.now() + ms);
  const user = await db.prisma.user.create({ data: { email: `c${Math.random()}@example.test` } });
  const session = (name: string, createdAt: Date, lastSeenAt: Date, expires: Date) =>
    db.prisma.session.create({ data: { sessionToken: name, userId: user.id, device: name, createdAt, lastSeenAt, expires } });
  await Promise.all([
    session("live", ago(10 * DAY), ago(1 * DAY), later(29 * DAY)),
    session("idle", ago(40 * DAY), ago(30 * DAY + MINUTE), later(DAY)),
    session("too-old", ago(90 * DAY + MINUTE), ago(MINUTE), later(DAY)),
    // Auth.js's database strategy: ended by its expiry alone.
    session("expired", ago(DAY), ago(DAY), ago(MINUTE)),
  ]);
  await db.prisma.verificationToken.createMany({
    data: [
      { identifier: "a@example.test", token: "expired", expires: ago(MINUTE) },
      { identifier: "a@example.test", token: "pending", expires: later(10 * MINUTE) },
    ],
  });
  await db.prisma.signInEmailSend.createMany({
    data: [
      { key: "address:a@example.test", sentAt: ago(16 * MINUTE) },
      { key: "address:a@example.test", sentAt: ago(14 * MINUTE) },
    ],
  });
  // SECURITY_LOG_DAYS, default 90.
  await db.prisma.securityEvent.createMany({
    data: [
      { userId: user.id, kind: "sign-in", detail: { device: "old" }, createdAt: ago(90 * DAY + MINUTE) },
      { userId: user.id, kind: "sign-in", detail: { device: "kept" }, createdAt: ago(89 * DAY) },
    ],
  });
}

const remaining = async () => ({
  sessions: (await db.prisma.session.findMany({ select: { sessionToken: true }, orderBy: { sessionToken: "asc" } })).map((s) => s.sessionToken),
  verificationTokens: (await db.prisma.verificationToken.findMany({ select: { token: true } })).map((t) => t.token),
  signInEmailSends: await db.prisma.signInEmailSend.count(),
  securityEvents: (await db.prisma.securityEvent.findMany({ select: { detail: true } })).map((e) => (e.detail as { device?: string }).device),
});

describe("GET /api/cron/cleanup", () => {
  it("refuses every call without the secret with 401, deleting nothing", async () => {
    await seed();
    const before = await remaining();
    const refused = { status: 401, body: { error: "unauthorized" } };
    expect(await cleanup(undefined)).toEqual(refused);
    expect(await cleanup(`Bearer ${SECRET.slice(1)}`)).toEqual(refused);
    expect(await cleanup(SECRET)).toEqual(refused);
    expect(await cleanup(`Basic ${SECRET}`)).toEqual(refused);
    expect(await cleanup(`Bearer ${SECRET}, Bearer ${SECRET}`)).toEqual(refused);
    delete process.env.CRON_SECRET;
    expect(await cleanup("Bearer ")).toEqual(refused);
    expect(await cleanup("Bearer undefined")).toEqual(refused);
    expect(await remaining()).toEqual(before);
  });

  it("deletes ended sessions, expired sign-in links sign-in email records older than the limits' window and security log entries older than SECURITY_LOG_DAYS; keeps the rest", async () => {
    await db.prisma.session.deleteMany();
    await db.prisma.verificationToken.deleteMany();
    await db.prisma.signInEmailSend.deleteMany();
    await db.prisma.securityEvent.deleteMany();
    await seed();
    expect(await cleanup(`Bearer ${SECRET}`)).toEqual({ status: 200, body: { deleted: { sessions: 3, verificationTokens: 1, signInEmailSends: 1, securityEvents: 1 } } });
    expect(await remaining()).toEqual({ sessions: ["live"], verificationTokens: ["pending"], signInEmailSends: 1, securityEvents: ["kept"] });
    // Nothing left to delete: a second run finds nothing.
    expect(await cleanup(`Bearer ${SECRET}`)).toEqual({ status: 200, body: { deleted: { sessions: 0, verificationTokens: 0, signInEmailSends: 0, securityEvents: 0 } } });
  });

  it("answers 503 when the database does not answer", async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    expect(await cleanup(`Bearer ${SECRET}`, `postgresql://app:secret@127.0.0.1:${closed}/app`)).toEqual({ status: 503, body: { error: "unavailable" } });
  });
});
