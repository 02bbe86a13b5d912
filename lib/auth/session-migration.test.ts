// prisma/migrations/20261207030000_auth_js_sessions moves the device sessions to Auth.js's Session
// shape without signing anyone out: a JWT issued before it carries the old row id as `sid`, and its
// check must still find the row afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaNeon } from "@prisma/adapter-neon";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PrismaClient } from "../../generated/prisma/client";
import { migrate, readMigrations } from "../../tooling/local-db/migrate";
import { connect, scratchDatabase } from "../../tooling/vitest/scratch-database";
import { checkSession } from "./session-store";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const MIGRATION = "20261207030000_auth_js_sessions";

let db: Awaited<ReturnType<typeof scratchDatabase>>;
beforeAll(async () => {
  db = await scratchDatabase();
});
afterAll(() => db.drop());

it("keeps every existing session: its session token is its old id, and its check still finds it", async () => {
  const before = fs.mkdtempSync(path.join(os.tmpdir(), "before-auth-js-sessions-"));
  for (const { name } of readMigrations(MIGRATIONS_DIR).filter((migration) => migration.name < MIGRATION)) {
    fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
  }
  await migrate(db.url, before);
  const client = await connect(db.url);
  try {
    await client.query(`INSERT INTO users (id, email, updated_at) VALUES ('u1', 'ada@example.test', now())`);
    await client.query(
      `INSERT INTO sessions (id, user_id, device, created_at, last_seen_at)
       VALUES ('old-row-id', 'u1', 'Firefox on Linux', now() - interval '10 days', now() - interval '1 day'),
              ('seen-35-days-ago', 'u1', 'Safari on iOS', now() - interval '40 days', now() - interval '35 days')`,
    );
  } finally {
    await client.end();
  }

  expect(await migrate(db.url, MIGRATIONS_DIR)).toContain(MIGRATION);

  const prisma = new PrismaClient({ adapter: new PrismaNeon({ connectionString: db.url }) });
  try {
    const row = await prisma.session.findUniqueOrThrow({ where: { id: "old-row-id" } });
    expect(row.sessionToken).toBe("old-row-id");
    expect(row.expires.getTime()).toBe(row.createdAt.getTime() + 3650 * 86_400_000);
    const now = new Date();
    expect(await checkSession(prisma, { sessionToken: "old-row-id", userId: "u1", now })).toMatchObject({ role: "user" });
    // The check writes the true end: idle limit from now (default 30 days), within the maximum age.
    const checked = await prisma.session.findUniqueOrThrow({ where: { id: "old-row-id" } });
    expect(checked.expires.getTime()).toBe(now.getTime() + 30 * 86_400_000);
    // A deployment whose SESSION_IDLE_DAYS is longer than the default keeps its older sessions too.
    const longer = { idleSeconds: 60 * 86_400, maxSeconds: 90 * 86_400 };
    expect(await checkSession(prisma, { sessionToken: "seen-35-days-ago", userId: "u1", now }, longer)).toMatchObject({ role: "user" });
  } finally {
    await prisma.$disconnect();
  }
});
