// Builds the app into its own folder (a developer's `next dev` keeps .next) and serves it with
// `next start`, as production would.
import path from "node:path";
import type { Cleanup } from "./cleanup";
import { logTail, spawnLogged } from "./process-group";
import { scaled } from "./timeouts";

export const DIST_DIR = ".next-e2e";
const READY_TIMEOUT_MS = scaled(60_000);
/** Exactly what the harness configures: email (SMTP sink), the local OIDC provider, passkeys. */
const EXPECTED_PROVIDERS = ["nodemailer", "oidc", "passkey"];

type AppOptions = { projectDir: string; logDir: string; env: NodeJS.ProcessEnv };

function nextCommand(options: AppOptions, args: string[], logName: string) {
  const logFile = path.join(options.logDir, logName);
  const nextBin = path.join(options.projectDir, "node_modules", "next", "dist", "bin", "next");
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    NEXT_DIST_DIR: DIST_DIR,
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

export async function startApp(options: AppOptions & { port: number; url: string; cleanup: Cleanup }): Promise<void> {
  // Loopback only; the browser's `localhost` resolves to it (see /etc/hosts).
  const server = nextCommand(options, ["start", "--hostname", "127.0.0.1", "--port", String(options.port)], "next-start.log");
  options.cleanup.add("next start", () => server.process.stop());
  const failure = (reason: string) => new Error(`next start ${reason}; ${server.logFile} ends with:\n${logTail(server.logFile)}`);
  let exit: string | undefined;
  void server.process.exited.then(
    (code) => (exit = `exited with code ${code}`),
    (error: unknown) => (exit = `did not start: ${String(error)}`),
  );

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exit) throw failure(exit);
    const answer = await askProviders(options.url);
    if (answer && !answer.ok) throw failure(`answers /api/auth/providers with HTTP ${answer.status}`);
    if (answer?.ok) {
      const missing = EXPECTED_PROVIDERS.filter((id) => !answer.providers.includes(id));
      if (missing.length) throw failure(`runs without the ${missing.join(" and ")} provider (has: ${answer.providers.join(", ")})`);
      const extra = answer.providers.filter((id) => !EXPECTED_PROVIDERS.includes(id));
      if (extra.length) throw failure(`runs with providers the suite did not configure: ${extra.join(", ")}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw failure(`did not answer on ${options.url} within ${READY_TIMEOUT_MS / 1000} s`);
}

type ProvidersAnswer = { ok: true; providers: string[] } | { ok: false; status: number };

// Auth.js's provider list answers only once the server, Auth.js and its environment are all up;
// undefined while nothing answers yet.
async function askProviders(url: string): Promise<ProvidersAnswer | undefined> {
  let response: Response;
  try {
    // Something else listening on the port may accept and never answer.
    response = await fetch(`${url}/api/auth/providers`, { signal: AbortSignal.timeout(2_000) });
  } catch {
    return undefined;
  }
  if (!response.ok) return { ok: false, status: response.status };
  const body: unknown = await response.json();
  return { ok: true, providers: typeof body === "object" && body ? Object.keys(body) : [] };
}
