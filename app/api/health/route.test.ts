import net from "node:net";
import { afterAll, describe, expect, inject, it, vi } from "vitest";

const servers: net.Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));

function listen(onConnection: (socket: net.Socket) => void = () => {}): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer(onConnection);
    servers.push(server);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port));
  });
}

/** The route as a fresh server process would run it, against `databaseUrl`. */
async function health(databaseUrl: string) {
  vi.resetModules();
  delete (globalThis as { prisma?: unknown }).prisma;
  process.env.DATABASE_URL = databaseUrl;
  process.env.NEON_BRIDGE_PORT = String(inject("neonBridgePort"));
  const { GET } = await import("./route");
  const response = await GET();
  return { status: response.status, body: await response.text() };
}

describe("/api/health", () => {
  it("answers 200 {db: ok} when the database answers", async () => {
    expect(await health(inject("postgresAdminUrl"))).toEqual({ status: 200, body: '{"db":"ok"}' });
  });

  it("answers 503 and names nothing when the database refuses connections", async () => {
    const closed = await listen();
    servers.pop()?.close();
    expect(await health(`postgresql://app:secret@127.0.0.1:${closed}/app`)).toEqual({ status: 503, body: '{"db":"unreachable"}' });
  });

  it("answers 503 within its timeout when the database never answers", { timeout: 15_000 }, async () => {
    process.env.DATABASE_ANSWER_TIMEOUT_SECONDS = "2";
    // Accepts the connection and stays silent, like a database host behind a dead network path.
    const silent = await listen((socket) => socket.on("error", () => {}));
    expect(await health(`postgresql://app:secret@127.0.0.1:${silent}/app`)).toEqual({ status: 503, body: '{"db":"unreachable"}' });
  });
});
