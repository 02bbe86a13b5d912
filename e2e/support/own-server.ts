// A second `next start` from the suite's build, for a spec that needs settings of its own (a small
// per-client limit, a database it may stop). It sends mail to the suite's SMTP sink and lists the
// same providers, so startApp's readiness check holds.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Cleanup } from "../harness/cleanup";
import { startApp } from "../harness/next-app";
import { freePort, OIDC_PROVIDER_NAME, ports, runState, SUITE_EMAIL_LIMIT_PER_CLIENT } from "../harness/run-env";

export type OwnServer = { url: string; port: number };

/** `port`: when the spec needs to know it before (to name an https AUTH_URL on it, say). */
export async function startOwnServer(options: { name: string; env: Record<string, string>; cleanup: Cleanup; port?: number }): Promise<OwnServer> {
  const port = options.port ?? (await freePort());
  const url = `http://localhost:${port}`;
  const logDir = path.join(runState().stateDir, options.name);
  fs.mkdirSync(logDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_URL: url,
    DATABASE_URL: runState().databaseUrl,
    NEON_BRIDGE_PORT: String(ports().bridge),
    EMAIL_SERVER: `smtp://127.0.0.1:${ports().smtp}`,
    EMAIL_FROM: "E2E <no-reply@example.test>",
    AUTH_OIDC_ISSUER: `http://localhost:${ports().oidc}`,
    AUTH_OIDC_ID: "unused",
    AUTH_OIDC_SECRET: "unused",
    AUTH_OIDC_NAME: OIDC_PROVIDER_NAME,
    // The suite's browsers all count as one client; on the suite's database that count is shared.
    EMAIL_LIMIT_PER_CLIENT: String(SUITE_EMAIL_LIMIT_PER_CLIENT),
    ...options.env,
  };
  await startApp({ projectDir: process.cwd(), logDir, env, port, url, cleanup: options.cleanup });
  return { url, port };
}
