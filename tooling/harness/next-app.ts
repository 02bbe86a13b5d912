// Builds the app into its own folder (a developer's `next dev` keeps .next) and serves it with
// `next start`, as production would. The e2e suite and the benchmark (tooling/bench) each use
// their own folder, so neither rewrites a build the other is serving.
import path from "node:path";
import { providerSwitchedOn, signInMethods } from "../../lib/auth/sign-in-methods";
import type { Cleanup } from "./cleanup";
import { logTail, spawnLogged } from "./process-group";
import { scaled } from "./timeouts";

export const DIST_DIR = ".next-e2e";
const READY_TIMEOUT_MS = scaled(60_000);
/** Exactly what the harness configures and the switches leave on: email (SMTP sink), the local OIDC provider, passkeys. */
const E2E_PROVIDERS = [
  ...(signInMethods.emailLinks ? ["nodemailer"] : []),
  ...(providerSwitchedOn("oidc") ? ["oidc"] : []),
  ...(signInMethods.passkeys ? ["passkey"] : []),
];

type AppOptions = {
  projectDir: string;
  logDir: string;
  env: NodeJS.ProcessEnv;
  /** The build folder; the e2e suite's unless given. */
  distDir?: string;
};

function nextCommand(options: AppOptions, args: string[], logName: string) {
  const logFile = path.join(options.logDir, logName);
  const nextBin = path.join(options.projectDir, "node_modules", "next", "dist", "bin", "next");
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    NEXT_DIST_DIR: options.distDir ?? DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    // Tells Next.js the environment is already complete, so a developer's .env.local (their OAuth
    // apps, their SMTP server) never leaks into the suite's server.
    __NEXT_PROCESSED_ENV: "true",
  };
  return { logFile, process: spawnLogged(process.execPath, [nextBin, ...args], { cwd: options.projectDir, env, logFile }) };
}

export async function buildApp(options: AppOptions & { cleanup: Cleanup }): Promise<void> {
  const build = nextCommand(options, ["build"], "next-build.log");
  // Registered so that an interrupted setup does not leave a build running.
  options.cleanup.add("next build", () => build.process.stop());
  const code = await build.process.exited;
  if (code !== 0) throw new Error(`next build failed (exit ${code}); ${build.logFile} ends with:\n${logTail(build.logFile)}`);
}

export type ServeOptions = AppOptions & { port: number; cleanup: Cleanup };

/** A `next start` server, stopped by the cleanup it was registered with. */
export type RunningApp = {
  /** Its process group's id (the server and anything it spawns). */
  pid: number | undefined;
  /** Where its output goes. */
  logFile: string;
  /** Why it stopped, once it has: "exited with code 1"… */
  exitReason(): string | undefined;
  /** An error that ends with the server's log. */
  failure(reason: string): Error;
  /** Stops it now rather than at the cleanup (which then has nothing left to do). */
  stop(): Promise<void>;
};

/** Spawns `next start` and returns at once, for a caller that times the start itself. */
export function spawnApp(options: ServeOptions): RunningApp {
  // Loopback only; the browser's `localhost` resolves to it (see /etc/hosts).
  const server = nextCommand(options, ["start", "--hostname", "127.0.0.1", "--port", String(options.port)], "next-start.log");
  options.cleanup.add("next start", () => server.process.stop());
  let exit: string | undefined;
  void server.process.exited.then(
    (code) => (exit = `exited with code ${code}`),
    (error: unknown) => (exit = `did not start: ${String(error)}`),
  );
  return {
    pid: server.process.pid,
    logFile: server.logFile,
    exitReason: () => exit,
    failure: (reason) => new Error(`next start ${reason}; ${server.logFile} ends with:\n${logTail(server.logFile)}`),
    stop: () => server.process.stop(),
  };
}

export type StartOptions = ServeOptions & {
  url: string;
  /** The providers the server must list to count as ready; the suite's unless given. */
  providers?: string[];
};

/** Starts `next start` and waits until it serves Auth.js with exactly the expected providers. */
export async function startApp(options: StartOptions): Promise<RunningApp> {
  const expected = options.providers ?? E2E_PROVIDERS;
  const server = spawnApp(options);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const exit = server.exitReason();
    if (exit) throw server.failure(exit);
    const answer = await askProviders(options.url);
    if (answer && !answer.ok) throw server.failure(`answers /api/auth/providers with HTTP ${answer.status}`);
    if (answer?.ok) {
      const missing = expected.filter((id) => !answer.providers.includes(id));
      if (missing.length) throw server.failure(`runs without the ${missing.join(" and ")} provider (has: ${answer.providers.join(", ")})`);
      const extra = answer.providers.filter((id) => !expected.includes(id));
      if (extra.length) throw server.failure(`runs with providers the suite did not configure: ${extra.join(", ")}`);
      return server;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw server.failure(`did not answer on ${options.url} within ${READY_TIMEOUT_MS / 1000} s`);
}

type ProvidersAnswer = { ok: true; providers: string[] } | { ok: false; status: number };

// Auth.js's provider list answers only once the server, Auth.js and its environment are all up;
// undefined while nothing answers yet.
async function askProviders(url: string): Promise<ProvidersAnswer | undefined> {
  let response: Response;
  try {
    // Something else listening on the port may accept and never answer.
    response = await fetch(`${url}/api/auth/providers`, { signal: AbortSignal.timeout(scaled(2_000)) });
  } catch {
    return undefined;
  }
  if (!response.ok) return { ok: false, status: response.status };
  const body: unknown = await response.json();
  return { ok: true, providers: typeof body === "object" && body ? Object.keys(body) : [] };
}
