// Loopback ports for the local services (embedded PostgreSQL, the Neon bridge, test servers).
import net from "node:net";
import getPort from "get-port";

export const LOOPBACK = "127.0.0.1";

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, LOOPBACK, () => probe.close(() => resolve(true)));
  });
}

/** `count` distinct free ports (get-port never hands out one port twice within a process). */
export async function freePorts(count: number): Promise<number[]> {
  const found: number[] = [];
  for (let i = 0; i < count; i++) found.push(await getPort({ host: LOOPBACK, exclude: found }));
  return found;
}

/** `preferred` when it is free, else a free port. */
export const portOrFree = (preferred: number): Promise<number> => getPort({ host: LOOPBACK, port: preferred });
