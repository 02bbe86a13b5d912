// Whether an error means the database did not answer (down, restarting, unreachable, or too slow to
// connect), as opposed to a query it answered with an error. Only the former becomes a "temporarily
// unavailable" page or message; anything else is a bug and stays an error.

/** SQLSTATEs of a connection that failed or was cut: class 08, shutdown and start-up (57P0x), too many clients. */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;

/** Prisma's codes for a server it cannot reach, a pool that timed out, a connection that closed. */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/** What the Neon driver (pg, pg-pool, its WebSocket) and Node's sockets say when no connection can be had. */
const CONNECTION_MESSAGE =
  /Connection terminated|Unable to start a transaction in the given time|timeout exceeded when trying to connect|open a WebSocket|WebSocket was closed|Can't reach database server|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|ENOTFOUND|Couldn't connect to compute/i;

/** A connection that could not be opened at all: no statement ran, so trying again is always safe. */
const CONNECT_FAILURE_MESSAGE =
  /Connection terminated due to connection timeout|timeout exceeded when trying to connect|Unable to start a transaction in the given time|open a WebSocket|ECONNREFUSED|EAI_AGAIN|ENOTFOUND|Couldn't connect to compute|the database system is starting up/i;

type Inspectable = { name?: unknown; code?: unknown; message?: unknown; meta?: unknown; cause?: unknown };

/** The error and what it wraps: Auth.js keeps the original under cause.err, Prisma's adapter under meta. */
function* chain(error: unknown): Generator<Inspectable> {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === "object" && current !== null; depth += 1) {
    const e = current as Inspectable & { cause?: { err?: unknown } };
    yield e;
    const adapter = (e.meta as { driverAdapterError?: { cause?: unknown } } | undefined)?.driverAdapterError?.cause;
    if (adapter) yield adapter as Inspectable;
    current = e.cause && typeof e.cause === "object" && "err" in e.cause ? e.cause.err : e.cause;
  }
}

const sqlstateOf = (e: Inspectable) =>
  [e.code, (e as { originalCode?: unknown }).originalCode].find((code): code is string => typeof code === "string" && /^[0-9A-Z]{5}$/.test(code));

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    if (e.name === "PrismaClientInitializationError") return true;
    if (typeof e.code === "string" && UNAVAILABLE_PRISMA_CODES.has(e.code)) return true;
    const sqlstate = sqlstateOf(e);
    if (sqlstate && UNAVAILABLE_SQLSTATE.test(sqlstate)) return true;
    if (typeof e.message === "string" && CONNECTION_MESSAGE.test(e.message)) return true;
  }
  return false;
}

/**
 * Whether no connection was free: pg-pool (inside the Neon driver) says "timeout exceeded when trying
 * to connect" only for a request that waited its whole connect timeout in the queue of a full pool;
 * a connection that could not be opened says "Connection terminated due to connection timeout"
 * (pg-pool's Pool.connect and newClient). A busy pool is load, not an outage, though requests queued
 * behind a dead database's connections get it too: callers bound what they keep on it either way.
 */
export function isPoolBusy(error: unknown): boolean {
  for (const e of chain(error)) {
    if (typeof e.message === "string" && /timeout exceeded when trying to connect/i.test(e.message)) return true;
  }
  return false;
}

export function isConnectFailure(error: unknown): boolean {
  for (const e of chain(error)) {
    if (sqlstateOf(e) === "57P03") return true;
    if (typeof e.message === "string" && CONNECT_FAILURE_MESSAGE.test(e.message)) return true;
  }
  return false;
}

/**
 * `operation`, tried once more when no connection could be opened: a Neon compute waking from
 * scale-to-zero can miss the first connect timeout. Never retried once a connection was made, so a
 * write never runs twice.
 */
export async function retryingConnectFailure<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!isConnectFailure(error)) throw error;
    return operation();
  }
}
