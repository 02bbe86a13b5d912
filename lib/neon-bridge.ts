// A WebSocket→TCP bridge so the Neon serverless driver can reach an ordinary Postgres on this
// machine. It speaks the same `/v2?address=host:port` form as Neon's own proxy and refuses every
// target that is not a loopback address, so it can never be used to reach another machine.
import net from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function parseTarget(url: string | undefined): { host: string; port: number } | undefined {
  const address = new URL(url ?? "/", "http://bridge").searchParams.get("address");
  const match = address?.match(/^(.+):(\d{1,5})$/);
  const host = match?.[1];
  const port = Number(match?.[2]);
  if (!host || !port) return undefined;
  if (!LOOPBACK_HOSTS.has(host) && !/^127\.\d+\.\d+\.\d+$/.test(host)) return undefined;
  return { host: host.replace(/^\[|\]$/g, ""), port };
}

function pipe(socket: WebSocket, target: { host: string; port: number }) {
  const tcp = net.connect(target.port, target.host);
  socket.on("message", (data: Buffer) => tcp.write(data));
  socket.on("close", () => tcp.end());
  socket.on("error", () => tcp.destroy());
  tcp.on("data", (data) => socket.send(data));
  tcp.on("close", () => socket.close());
  tcp.on("error", () => socket.close(1011, "upstream error"));
}

export type Bridge = { port: number; close(): Promise<void> };

export function startNeonBridge(port: number): Promise<Bridge> {
  return new Promise((resolve, reject) => {
    const server = new WebSocketServer({ host: "127.0.0.1", port });
    server.on("connection", (socket, request) => {
      const target = parseTarget(request.url);
      if (!target) return socket.close(1008, "only loopback targets are allowed");
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
