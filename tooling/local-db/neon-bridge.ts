// A WebSocket→TCP bridge so the Neon serverless driver can reach an ordinary Postgres on this
// machine. It speaks the same `/v2?address=host:port` form as Neon's own proxy and refuses every
// target that is not a loopback address, so it can never be used to reach another machine.
import net from "node:net";
import type { IncomingMessage } from "node:http";
import { WebSocketServer, type WebSocket } from "ws";
import { isLoopbackHost } from "../../lib/db/database-host";

export type Target = { host: string; port: number };

export function parseTarget(url: string | undefined): Target | undefined {
  const address = new URL(url ?? "/", "http://bridge").searchParams.get("address");
  const match = address?.match(/^(.+):(\d{1,5})$/);
  const host = match?.[1];
  const port = Number(match?.[2]);
  if (!host || !Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  if (!isLoopbackHost(host)) return undefined;
  return { host: host.replace(/^\[|\]$/g, ""), port };
}

// The Neon driver connects with Node's `ws`, which sends no Origin header; every browser sends
// one. Refusing those keeps any web page open during `npm run dev` from reaching the embedded
// Postgres (as its superuser) through this bridge.
const fromBrowser = (request: IncomingMessage) => request.headers.origin !== undefined;

/**
 * `send`, each call held back `delayMs` and kept in order: a fixed one-way delay, as a network adds
 * it. Not per call on top of the previous one: the database's answer to one statement often comes
 * as several TCP chunks (row description, rows, CommandComplete, ReadyForQuery, not framed to the
 * pg protocol's message boundaries), and they all arrive after the same delay, so each round trip
 * costs it once, however its answer is cut.
 */
export function delayed<T>(send: (item: T) => void, delayMs: number): (item: T) => void {
  if (delayMs <= 0) return send;
  const queue: { due: number; item: T }[] = [];
  let timer: NodeJS.Timeout | undefined;
  const drain = () => {
    timer = undefined;
    const now = performance.now();
    for (let next = queue[0]; next && next.due <= now; next = queue[0]) {
      queue.shift();
      send(next.item);
    }
    if (queue[0]) timer = setTimeout(drain, queue[0].due - now);
  };
  return (item) => {
    queue.push({ due: performance.now() + delayMs, item });
    timer ??= setTimeout(drain, delayMs);
  };
}

function pipe(socket: WebSocket, target: Target, latencyMs: number) {
  let tcp: net.Socket;
  try {
    tcp = net.connect(target.port, target.host);
  } catch {
    // An exception here would escape the connection handler and take the whole dev runner down.
    socket.close(1011, "upstream error");
    return;
  }
  socket.on("message", (data: Buffer) => tcp.write(data));
  socket.on("close", () => tcp.end());
  socket.on("error", () => tcp.destroy());
  // The delay is added toward the app only: a statement's round trip pays it once.
  const towardApp = delayed((data: Buffer | "close") => (data === "close" ? socket.close() : socket.send(data)), latencyMs);
  tcp.on("data", (data) => towardApp(data));
  // After the data still on its way.
  tcp.on("close", () => towardApp("close"));
  tcp.on("error", () => socket.close(1011, "upstream error"));
}

export type Bridge = { port: number; close(): Promise<void> };

export type BridgeOptions = {
  /** When given, only these Postgres ports are forwarded; anything else on loopback is refused. */
  allowedPorts?: number[];
  /** Milliseconds added to every message from the database to the app (NEON_BRIDGE_LATENCY_MS): one per round trip. */
  latencyMs?: number;
};

export function startNeonBridge(port: number, options: BridgeOptions = {}): Promise<Bridge> {
  const { allowedPorts, latencyMs = 0 } = options;
  return new Promise((resolve, reject) => {
    const server = new WebSocketServer({
      host: "127.0.0.1",
      port,
      verifyClient: ({ req }: { req: IncomingMessage }) => !fromBrowser(req),
    });
    server.on("connection", (socket, request) => {
      const target = parseTarget(request.url);
      if (!target) return socket.close(1008, "only loopback targets are allowed");
      if (allowedPorts && !allowedPorts.includes(target.port)) return socket.close(1008, "target port is not allowed");
      pipe(socket, target, latencyMs);
    });
    server.once("error", reject);
    server.once("listening", () => {
      const address = server.address();
      resolve({
        port: typeof address === "object" && address ? address.port : port,
        close: () =>
          new Promise((done) => {
            for (const client of server.clients) client.terminate();
            server.close(() => done());
          }),
      });
    });
  });
}
