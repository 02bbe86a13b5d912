// The built app under `next start`, started cold and timed: from the spawn to the port accepting,
// to the first authenticated page, and the first request that reaches the database through the
// Neon driver (a fresh process has no connection yet). Also its memory after the run.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { spawnApp, type RunningApp, type ServeOptions } from "../harness/next-app";
import { browse, cookieHeader } from "../harness/http-sign-in";
import { tcpProbe } from "../local-db/database-check";
import { LOOPBACK } from "../local-db/ports";
import { median } from "./rounds";

const START_TIMEOUT_MS = 60_000;
const POLL_MS = 20;
const WARM_REPEATS = 5;

export type ColdStart = {
  /** Spawn → the port accepts connections. */
  listeningMs: number;
  /** Spawn → the first authenticated page answered 200 (through the session check when the token is due, as a browser would). */
  firstAuthenticated200Ms: number;
  /** Whether that first page went through the session check (its token was due), the process's first query then. */
  firstPageChecked: boolean;
  /** That first page load alone, and the same page once warm (median). */
  firstAuthenticatedRequestMs: number;
  warmAuthenticatedRequestMs: number;
  /** The first request of a route with no session and no database (the route's first load alone), and warm. */
  firstPlainRequestMs: number;
  warmPlainRequestMs: number;
  /** The first request that queries the database (driver, pool and connection set up), and warm. */
  firstDatabaseRequestMs: number;
  warmDatabaseRequestMs: number;
};

export type ColdStartRequests = {
  url: string;
  cookie: string;
  /** A page only a signed-in user gets a 200 from. */
  authenticatedPath: string;
  /** A route with no session and no database. */
  plainPath: string;
  /** A route that runs one query. */
  databasePath: string;
};

export async function startCold(options: ServeOptions & ColdStartRequests): Promise<{ server: RunningApp; coldStart: ColdStart; cookie: string }> {
  const started = performance.now();
  const server = spawnApp(options);
  await waitForPort(options.port, server);
  const listeningMs = performance.now() - started;

  // Should the cookie be due for its check here, the first load follows the edge through
  // /api/session/refresh and back, as a browser would, and keeps the renewed cookie.
  let cookies = options.cookie.split("; ");
  let renewals = 0;
  const page = async () => {
    const started = performance.now();
    const loaded = await browse(options.url, options.authenticatedPath, cookies);
    await loaded.response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (loaded.response.status !== 200) throw server.failure(`answered ${options.authenticatedPath} with ${loaded.response.status}`);
    if (loaded.cookies.length > cookies.length) renewals++;
    cookies = loaded.cookies;
    return elapsed;
  };
  const firstAuthenticatedRequestMs = await page();
  const firstAuthenticated200Ms = performance.now() - started;
  const firstPageChecked = renewals > 0;
  const plain = () => timedGet(options.url + options.plainPath, server);
  const firstPlainRequestMs = await plain();
  const query = () => timedGet(options.url + options.databasePath, server);
  const firstDatabaseRequestMs = await query();

  const warm = async (request: () => Promise<number>) => {
    const times: number[] = [];
    for (let i = 0; i < WARM_REPEATS; i++) times.push(await request());
    return median(times);
  };
  const coldStart = {
    listeningMs,
    firstAuthenticated200Ms,
    firstPageChecked,
    firstAuthenticatedRequestMs,
    warmAuthenticatedRequestMs: await warm(page),
    firstPlainRequestMs,
    warmPlainRequestMs: await warm(plain),
    firstDatabaseRequestMs,
    warmDatabaseRequestMs: await warm(query),
  };
  return { server, coldStart, cookie: cookieHeader(cookies) };
}

async function waitForPort(port: number, server: RunningApp): Promise<void> {
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (performance.now() < deadline) {
    const exit = server.exitReason();
    if (exit) throw server.failure(exit);
    if (await accepts(port)) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw server.failure(`did not listen on port ${port} within ${START_TIMEOUT_MS / 1000} s`);
}

const accepts = async (port: number) => (await tcpProbe(LOOPBACK, port)) === undefined;

/** Milliseconds until the whole 200 answer arrived; anything but 200 is an error naming it. */
async function timedGet(url: string, server: RunningApp): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(START_TIMEOUT_MS) });
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw server.failure(`answered ${url} with ${response.status}${response.headers.get("location") ? ` → ${response.headers.get("location")}` : ""}`);
  return elapsed;
}

export type ProcessMemory = { command: string; rssBytes: number };

/** Resident memory of every process in the group: `next start` runs the server in a child process. */
export function processGroupMemory(pgid: number): ProcessMemory[] {
  // `ps` is there on Linux and macOS; its RSS column is in KiB on both.
  const table = execFileSync("ps", ["-A", "-o", "pgid=,rss=,args="], { encoding: "utf8" });
  return table.split("\n").flatMap((line) => {
    const match = /^\s*(\d+)\s+(\d+)\s+(.+)$/.exec(line);
    return match && Number(match[1]) === pgid ? [{ command: commandName(match[3] ?? ""), rssBytes: Number(match[2]) * 1024 }] : [];
  });
}

// "next-server (v16.4.5)" names itself; the launcher is "/usr/bin/node …/next/dist/bin/next start …".
function commandName(args: string): string {
  if (args.startsWith("next-server")) return "next-server";
  const [program = "", script = "", command = ""] = args.trim().split(/\s+/);
  return [path.basename(program), path.basename(script), command].filter(Boolean).join(" ");
}
