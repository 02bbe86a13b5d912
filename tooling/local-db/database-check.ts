// Turns "cannot connect" into one sentence that names the host and what to do, before anything
// else tries the database and fails with a driver stack trace.
import net from "node:net";
import { Client } from "@neondatabase/serverless";
import { isLoopbackHost } from "../../lib/db/database-host";
import { configureNeonDriver } from "../../lib/db/neon-driver";
import { withTimeout } from "../../lib/db/with-timeout";

const TIMEOUT_MS = 10_000;

/** Undefined once a TCP connection to host:port opens, else why not ("connection refused", "no answer"…). */
export function tcpProbe(host: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: TIMEOUT_MS });
    socket.once("connect", () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve("no answer");
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED" ? "connection refused" : error.message));
  });
}

/** Undefined when the database answers `SELECT 1`, else a one-line explanation. */
export async function databaseProblem(connectionString: string, variable = "DATABASE_URL"): Promise<string | undefined> {
  const url = new URL(connectionString);
  const where = `${url.hostname}:${url.port || 5432}${url.pathname}`;
  const fail = (reason: string) =>
    `cannot reach the database in ${variable} (${where}): ${reason}. Check the URL and that the server is running, or unset ${variable} to use the embedded database`;

  if (isLoopbackHost(url.hostname)) {
    const refused = await tcpProbe(url.hostname.replace(/^\[|\]$/g, ""), Number(url.port || 5432));
    if (refused) return fail(refused);
  }
  configureNeonDriver(connectionString);
  const client = new Client({ connectionString });
  try {
    await withTimeout(client.connect().then(() => client.query("SELECT 1")), TIMEOUT_MS);
    return undefined;
  } catch (error) {
    return fail(reasonOf(error));
  } finally {
    client.end().catch(() => {});
  }
}

// The Neon driver rejects with the WebSocket's ErrorEvent, not an Error: its text is in `message`
// (or in the Error it carries), and String() of it says only "[object Object]".
function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null) {
    const { message, error: cause } = error as { message?: unknown; error?: unknown };
    if (typeof message === "string" && message) return message;
    if (cause instanceof Error) return cause.message;
  }
  return String(error);
}
