// The app's Prisma client over the Neon driver, on a new database with the app's migrations applied.
import path from "node:path";
import { PrismaNeon } from "@prisma/adapter-neon";
import { PrismaClient } from "../../generated/prisma/client";
import { migrate } from "../local-db/migrate";
import { connect, scratchDatabase } from "./scratch-database";

export async function scratchPrisma(): Promise<{ prisma: PrismaClient; url: string; drop(): Promise<void> }> {
  const db = await scratchDatabase();
  // connect() points the driver at the unit tests' bridge; the client below reuses that setting.
  await (await connect(db.url)).end();
  await migrate(db.url, path.resolve("prisma/migrations"));
  const prisma = new PrismaClient({ adapter: new PrismaNeon({ connectionString: db.url }) });
  return {
    prisma,
    url: db.url,
    async drop() {
      await prisma.$disconnect();
      await db.drop();
    },
  };
}
