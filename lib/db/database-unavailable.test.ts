import net from "node:net";
import { PrismaNeon } from "@prisma/adapter-neon";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "../../generated/prisma/client";
import { scratchPrisma } from "../../tooling/vitest/scratch-prisma";
import { isConnectFailure, isDatabaseUnavailable, retryingConnectFailure } from "./database-unavailable";
import { configureNeonDriver } from "./neon-driver";

const servers: net.Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));

const listen = (onConnection: (socket: net.Socket) => void) =>
  new Promise<number>((resolve) => {
    const server = net.createServer(onConnection);
    servers.push(server);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port));
  });

/** What a query throws when the database at `port` behaves like this. */
async function failureAt(port: number, query: "plain" | "transaction" = "plain"): Promise<unknown> {
  process.env.NEON_BRIDGE_PORT = String(inject("neonBridgePort"));
  const url = `postgresql://app:secret@127.0.0.1:${port}/app`;
  configureNeonDriver(url);
  const prisma = new PrismaClient({ adapter: new PrismaNeon({ connectionString: url, connectionTimeoutMillis: 1_000 }) });
  try {
    await (query === "plain" ? prisma.$queryRaw`SELECT 1` : prisma.$transaction((tx) => tx.$queryRaw`SELECT 1`, { maxWait: 500 }));
    throw new Error("the query succeeded");
  } catch (error) {
    return error;
  } finally {
    await prisma.$disconnect();
  }
}

describe("isDatabaseUnavailable", () => {
  it("recognises a database that is down, one that never answers, and one that cuts the connection", async () => {
    const down = await listen(() => {});
    servers.pop()?.close();
    const silent = await listen((socket) => socket.on("error", () => {}));
    const cut = await listen((socket) => socket.destroy());
    for (const error of [await failureAt(down), await failureAt(silent), await failureAt(cut), await failureAt(silent, "transaction")]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    }
    // Only a connection that never opened may be tried again.
    expect(isConnectFailure(await failureAt(silent))).toBe(true);
    expect(isConnectFailure(await failureAt(cut))).toBe(false);
  });

  it("finds the database's error inside Auth.js's wrapping", () => {
    const adapterError = Object.assign(new Error("AdapterError"), { cause: { err: new Error("Connection terminated unexpectedly") } });
    expect(isDatabaseUnavailable(adapterError)).toBe(true);
  });

  it("leaves errors the database answered with alone", async () => {
    const db = await scratchPrisma();
    try {
      await db.prisma.user.create({ data: { email: "twice@example.test" } });
      const duplicate = await db.prisma.user.create({ data: { email: "twice@example.test" } }).catch((error: unknown) => error);
      expect(isDatabaseUnavailable(duplicate)).toBe(false);
      const syntax = await db.prisma.$queryRawUnsafe("SELEC 1").catch((error: unknown) => error);
      expect(isDatabaseUnavailable(syntax)).toBe(false);
    } finally {
      await db.drop();
    }
  });
});

describe("retryingConnectFailure", () => {
  it("tries once more after a connection that never opened, and never after anything else", async () => {
    let calls = 0;
    const flaky = () => (++calls === 1 ? Promise.reject(new Error("timeout exceeded when trying to connect")) : Promise.resolve("ok"));
    expect(await retryingConnectFailure(flaky)).toBe("ok");
    expect(calls).toBe(2);

    calls = 0;
    const cut = () => (++calls, Promise.reject(new Error("Connection terminated unexpectedly")));
    await expect(retryingConnectFailure(cut)).rejects.toThrow("Connection terminated unexpectedly");
    expect(calls).toBe(1);

    calls = 0;
    const down = () => (++calls, Promise.reject(new Error("Connection terminated due to connection timeout")));
    await expect(retryingConnectFailure(down)).rejects.toThrow("connection timeout");
    expect(calls).toBe(2);
  });
});
