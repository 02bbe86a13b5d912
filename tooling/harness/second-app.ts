// Another server from the suite's build, beside the main one: same database, SMTP sink and
// providers unless told otherwise, with its own port and whatever environment a spec needs to
// vary (an https AUTH_URL, rotated secrets, other session or email limits, a database it may stop).
import fs from "node:fs";
import path from "node:path";
import type { Cleanup } from "./cleanup";
import { startApp } from "./next-app";
import { freePort, OIDC_PROVIDER_NAME, ports, runState, SESSION_REFRESH_SECONDS, SHELL_SETTINGS_CLEARED, SUITE_EMAIL_LIMIT_PER_CLIENT } from "./run-env";

export type SecondApp = { url: string; port: number; logFile: string };

export async function startSecondApp(options: {
  name: string;
  /** What differs from the main server's environment. */
  env: Record<string, string>;
  /** The origin the app believes it has (AUTH_URL); defaults to its own http://localhost:<port>. */
  publicUrl?: (port: number) => string;
  cleanup: Cleanup;
}): Promise<SecondApp> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const { databaseUrl, stateDir, authSecret } = runState();
  const logDir = path.join(stateDir, options.name);
  fs.mkdirSync(logDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...SHELL_SETTINGS_CLEARED,
    AUTH_SECRET: authSecret,
    AUTH_URL: options.publicUrl?.(port) ?? url,
    DATABASE_URL: databaseUrl,
    NEON_BRIDGE_PORT: String(ports().bridge),
    EMAIL_SERVER: `smtp://127.0.0.1:${ports().smtp}`,
    // No proxy in front of these servers: every visitor counts as one client (README, "Who a client is").
    CLIENT_IP_HEADER: "none",
    EMAIL_FROM: "E2E <no-reply@example.test>",
    // The provider list must match the main server's for startApp's readiness check; this server's
    // callback URL is not registered at the provider, so OIDC sign-in works on the main server only.
    AUTH_OIDC_ISSUER: `http://localhost:${ports().oidc}`,
    AUTH_OIDC_ID: "unused",
    AUTH_OIDC_SECRET: "unused",
    AUTH_OIDC_NAME: OIDC_PROVIDER_NAME,
    SESSION_REFRESH_SECONDS: String(SESSION_REFRESH_SECONDS),
    // The suite's browsers all count as one client; on the suite's database that count is shared.
    EMAIL_LIMIT_PER_CLIENT: String(SUITE_EMAIL_LIMIT_PER_CLIENT),
    ...options.env,
  };
  const running = await startApp({ projectDir: process.cwd(), logDir, env, port, url, cleanup: options.cleanup });
  return { url, port, logFile: running.logFile };
}
