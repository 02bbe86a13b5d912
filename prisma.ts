// The one Prisma client of the process, talking to Postgres through the Neon serverless driver.
import { PrismaNeon } from "@prisma/adapter-neon";
import { PrismaClient } from "./generated/prisma/client";
import { configureNeonDriver } from "./lib/neon-driver";

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: use `npm run dev` for the embedded database or add it to .env.local");
  }
  configureNeonDriver(connectionString);
  return new PrismaClient({ adapter: new PrismaNeon({ connectionString }) });
}

// Next.js dev reloads modules on every change; reuse the client instead of opening a new pool each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma = globalForPrisma.prisma ?? createClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
