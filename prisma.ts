// The one Prisma client of the process, talking to Postgres through the Neon serverless driver.
import { PrismaNeon } from "@prisma/adapter-neon";
import { PrismaClient } from "./generated/prisma/client";
import { retryingConnectFailure } from "./lib/db/database-unavailable";
import { configureNeonDriver } from "./lib/db/neon-driver";
import { databaseUrl, isProduction, setting } from "./lib/env/settings";

function createClient(): PrismaClient {
  const connectionString = databaseUrl();
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set (or not a postgres:// URL): add your Postgres connection string (Neon: the pooled one), or use `npm run dev` for the embedded database");
  }
  configureNeonDriver(connectionString);
  // A connection that cannot be opened within the timeout fails (instead of waiting for ever) and
  // each query is tried once more when no connection could be opened: a Neon compute waking up can
  // miss the first one.
  const connectionTimeoutMillis = setting("DATABASE_CONNECT_TIMEOUT_SECONDS") * 1000;
  const client = new PrismaClient({ adapter: new PrismaNeon({ connectionString, connectionTimeoutMillis }) });
  const retrying = client.$extends({ query: { $allOperations: ({ args, query }) => retryingConnectFailure(() => query(args)) } });
  // A query extension adds no methods: the client's shape, and so its type, stay the same.
  return retrying as unknown as PrismaClient;
}

// Next.js dev reloads modules on every change; reuse the client instead of opening a new pool each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
let client: PrismaClient | undefined;

function getClient(): PrismaClient {
  client ??= globalForPrisma.prisma ?? createClient();
  if (!isProduction()) globalForPrisma.prisma = client;
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
