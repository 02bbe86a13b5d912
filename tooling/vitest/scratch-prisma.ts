// A Prisma client over the Neon driver on a new database with the app's migrations applied, the way
// the app reaches its own; drop() disconnects and removes the database.
import path from "node:path";
import { PrismaNeon } from "@prisma/adapter-neon";
import { PrismaClient } from "../../generated/prisma/client";
import { configureNeonDriver } from "../../lib/db/neon-driver";
import { migrate } from "../local-db/migrate";
import { connect, scratchDatabase } from "./scratch-database";

export async function scratchPrisma(options: { max?: number } = {}): Promise<{ prisma: PrismaClient; url: string; drop(): Promise<void> }> {
  const db = await scratchDatabase();
  await migrate(db.url, path.resolve("prisma/migrations"));
  // connect() points the driver at the test run's bridge; the client below then finds it too.
  await (await connect(db.url)).end();
  configureNeonDriver(db.url);
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
