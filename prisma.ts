// The one Prisma client of the process, talking to Postgres through the Neon serverless driver.
import { PrismaNeon } from "@prisma/adapter-neon";
import { PrismaClient } from "./generated/prisma/client";
import { configureNeonDriver } from "./lib/db/neon-driver";

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: add your Postgres connection string (Neon: the pooled one), or use `npm run dev` for the embedded database");
  }
  configureNeonDriver(connectionString);
  return new PrismaClient({ adapter: new PrismaNeon({ connectionString }) });
}

// Next.js dev reloads modules on every change; reuse the client instead of opening a new pool each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
let client: PrismaClient | undefined;

function getClient(): PrismaClient {
  client ??= globalForPrisma.prisma ?? createClient();
  if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = client;
  return client;
}

/**
 * Created at first use, not at import: `next build` loads this module (through auth.ts) and needs
 * no database. Methods are bound to the real client, whose internals do not expect a proxy as `this`.
 */
export const prisma = new Proxy({} as PrismaClient, {
  get(_, property) {
    const target = getClient();
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
