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

function pipe(socket: WebSocket, target: Target) {
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
  tcp.on("data", (data) => socket.send(data));
  tcp.on("close", () => socket.close());
  tcp.on("error", () => socket.close(1011, "upstream error"));
}

export type Bridge = { port: number; close(): Promise<void> };

export type BridgeOptions = {
  /** When given, only these Postgres ports are forwarded; anything else on loopback is refused. */
  allowedPorts?: number[];
};

export function startNeonBridge(port: number, options: BridgeOptions = {}): Promise<Bridge> {
  const { allowedPorts } = options;
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
      pipe(socket, target);
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
