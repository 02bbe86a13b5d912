// A Prisma client over the Neon driver on a new database with the app's migrations applied, the way
// the app reaches its own; drop() disconnects and removes the database.
import path from "node:path";
import { PrismaNeon } from "@prisma/adapter-neon";
import { afterAll } from "vitest";
import { PrismaClient } from "../../generated/prisma/client";
import { migrate } from "../local-db/migrate";
import { scratchDatabase } from "./scratch-database";

export async function scratchPrisma(options: { max?: number } = {}): Promise<{ prisma: PrismaClient; url: string; drop(): Promise<void> }> {
  const db = await scratchDatabase();
  // scratchDatabase() and migrate() have pointed the driver at the test run's bridge: the client finds it too.
  await migrate(db.url, path.resolve("prisma/migrations"));
  const prisma = new PrismaClient({ adapter: new PrismaNeon({ connectionString: db.url, max: options.max }) });
  return {
    prisma,
    url: db.url,
    async drop() {
      await prisma.$disconnect();
      await db.drop();
    },
  };
}

/** scratchPrisma() for a test file that awaits it at its top level: dropped after the file's tests. */
export async function scratchPrismaForFile(options: { max?: number } = {}): ReturnType<typeof scratchPrisma> {
  const db = await scratchPrisma(options);
  afterAll(() => db.drop());
  return db;
}
