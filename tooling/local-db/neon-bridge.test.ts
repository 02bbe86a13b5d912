import net from "node:net";
import { Client } from "@neondatabase/serverless";
import { afterEach, describe, expect, inject, it } from "vitest";
import { WebSocket } from "ws";
import { configureNeonDriver } from "../../lib/db/neon-driver";
import { delayed, parseTarget, startNeonBridge, type Bridge } from "./neon-bridge";

describe("parseTarget", () => {
  it("accepts loopback targets in Neon's /v2?address= form", () => {
    expect(parseTarget("/v2?address=127.0.0.1:5432")).toEqual({ host: "127.0.0.1", port: 5432 });
    expect(parseTarget("/v2?address=localhost:54329")).toEqual({ host: "localhost", port: 54329 });
    expect(parseTarget("/v2?address=[::1]:5432")).toEqual({ host: "::1", port: 5432 });
    expect(parseTarget("/v2?address=127.0.0.1:65535")).toEqual({ host: "127.0.0.1", port: 65535 });
  });

  it("refuses every other host, so the bridge cannot reach another machine", () => {
    expect(parseTarget("/v2?address=10.0.0.5:5432")).toBeUndefined();
    expect(parseTarget("/v2?address=db.example.com:5432")).toBeUndefined();
    expect(parseTarget("/v2?address=127.0.0.1.evil.com:5432")).toBeUndefined();
    expect(parseTarget("/v2")).toBeUndefined();
  });

  it("refuses ports outside 1–65535, which net.connect would throw on", () => {
    expect(parseTarget("/v2?address=127.0.0.1:0")).toBeUndefined();
    expect(parseTarget("/v2?address=127.0.0.1:99999")).toBeUndefined();
    expect(parseTarget("/v2?address=127.0.0.1:65536")).toBeUndefined();
  });
});

describe("startNeonBridge", () => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  async function bridge(options?: Parameters<typeof startNeonBridge>[1]): Promise<Bridge> {
    const started = await startNeonBridge(0, options);
    stops.push(started.close);
    return started;
  }

  // Stands in for Postgres: answers every chunk with the same bytes.
  async function echoServer(): Promise<number> {
    const server = net.createServer((socket) => socket.pipe(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    stops.push(() => new Promise((resolve) => server.close(() => resolve())));
    const address = server.address();
    return typeof address === "object" && address ? address.port : 0;
  }

  type Outcome = { opened: boolean; echoed?: string; closeCode?: number; status?: number };

  // Connects, sends "ping" once open, and reports what came of it.
  function connect(bridgePort: number, targetPort: number, options: { origin?: string } = {}): Promise<Outcome> {
    return new Promise((resolve) => {
      const client = new WebSocket(`ws://127.0.0.1:${bridgePort}/v2?address=127.0.0.1:${targetPort}`, options);
      let opened = false;
      client.on("open", () => {
        opened = true;
        client.send(Buffer.from("ping"));
      });
      client.on("message", (data: Buffer) => {
        resolve({ opened, echoed: data.toString() });
        client.close();
      });
      client.on("close", (code) => resolve({ opened, closeCode: code }));
      client.on("unexpected-response", (_request, response) => {
        resolve({ opened, status: response.statusCode });
        client.terminate();
      });
      client.on("error", () => {});
    });
  }

  it("forwards a client without an Origin header, as the Neon driver connects", async () => {
    const { port } = await bridge();
    expect(await connect(port, await echoServer())).toEqual({ opened: true, echoed: "ping" });
  });

  it("refuses a client that sends Origin, so a web page in the browser cannot reach Postgres", async () => {
    const { port } = await bridge();
    expect(await connect(port, await echoServer(), { origin: "https://evil.example" })).toEqual({ opened: false, status: 401 });
  });

  it("forwards only the allowed ports when given a list", async () => {
    const allowed = await echoServer();
    const other = await echoServer();
    const { port } = await bridge({ allowedPorts: [allowed] });
    expect(await connect(port, allowed)).toEqual({ opened: true, echoed: "ping" });
    expect(await connect(port, other)).toEqual({ opened: true, closeCode: 1008 });
  });

  it("closes the socket instead of crashing when the target cannot be reached", async () => {
    const { port } = await bridge();
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer();
      probe.listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
      });
    });
    expect(await connect(port, closed)).toMatchObject({ opened: true, closeCode: 1011 });
  });
});

describe("NEON_BRIDGE_LATENCY_MS", () => {
  const DELAY_MS = 40;
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  it("holds every item back by the delay, in order, without adding the delays up", async () => {
    const seen: { item: number; at: number }[] = [];
    const start = performance.now();
    const send = delayed((item: number) => seen.push({ item, at: performance.now() - start }), DELAY_MS);
    for (let item = 0; item < 50; item++) send(item);
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS * 3));
    expect(seen.map(({ item }) => item)).toEqual(Array.from({ length: 50 }, (_, item) => item));
    for (const { at } of seen) expect(at).toBeGreaterThanOrEqual(DELAY_MS - 1);
  });

  it("costs every statement's round trip through the real driver and Postgres the delay once", async () => {
    const url = inject("postgresAdminUrl");
    const slow = await startNeonBridge(0, { latencyMs: DELAY_MS });
    stops.push(slow.close);
    configureNeonDriver(url, { ...process.env, NEON_BRIDGE_PORT: String(slow.port) });
    const client = new Client({ connectionString: url });
    await client.connect();
    stops.push(() => client.end());

    const statements = 5;
    const start = performance.now();
    for (let i = 0; i < statements; i++) await client.query("SELECT $1::int AS i", [i]);
    const elapsed = performance.now() - start;
    // A lower bound only: the machine may be slower, never faster than the delay allows.
    expect(elapsed).toBeGreaterThanOrEqual(statements * DELAY_MS - 1);
    // An answer cut into many chunks still arrives whole.
    const { rows } = await client.query<{ n: number }>("SELECT n FROM generate_series(1, 20000) n");
    expect(rows).toHaveLength(20000);
  });
});
