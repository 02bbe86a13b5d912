// What the global setup and the test workers share. Playwright forks its workers after the global
// setup has run, with the runner's environment, so plain environment variables carry everything.
import path from "node:path";
import { freePorts } from "../local-db/ports";

const PORT_VARIABLES = {
  app: "E2E_APP_PORT",
  postgres: "E2E_PG_PORT",
  bridge: "E2E_BRIDGE_PORT",
  smtp: "E2E_SMTP_PORT",
  oidc: "E2E_OIDC_PORT",
} as const;

export type Ports = Record<keyof typeof PORT_VARIABLES, number>;

/** The revocation bound (SESSION_REFRESH_SECONDS): seconds here, so tests of revocation and roles stay short. */
export const SESSION_REFRESH_SECONDS = 2;

/**
 * Settings a developer's shell may hold (rotation secrets, session limits) that would change what
 * the suite's servers do: blanked for them, and each spec sets what it tests.
 */
export const SHELL_SETTINGS_CLEARED = {
  AUTH_SECRET_1: "",
  AUTH_SECRET_2: "",
  AUTH_SECRET_3: "",
  SESSION_IDLE_DAYS: "",
  SESSION_MAX_DAYS: "",
  RECENT_SIGN_IN_MINUTES: "",
};

/**
 * Every browser of the suite comes from 127.0.0.1 with no proxy in front, so the app counts them all
 * as one client (lib/request/client-address.ts): the per-client email limit must not stop the suite.
 * The specs that test that limit start a server of their own with a small one.
 */
export const SUITE_EMAIL_LIMIT_PER_CLIENT = 100_000;

/** The provider name the app shows on its OIDC button ("Continue with …"). */
export const OIDC_PROVIDER_NAME = "Test IdP";

/**
 * Gives every service a free port, unless the environment already names one. The config file runs
 * in the runner first and in each worker later: only the runner's call finds ports, the workers
 * inherit them, so everyone agrees on the same addresses.
 */
export async function choosePorts(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const missing = Object.values(PORT_VARIABLES).filter((name) => !env[name]);
  const found = await freePorts(missing.length);
  missing.forEach((name, i) => (env[name] = String(found[i])));
}

export function ports(env: NodeJS.ProcessEnv = process.env): Ports {
  const port = (key: keyof Ports) => {
    const name = PORT_VARIABLES[key];
    const value = Number(env[name]);
    if (!Number.isInteger(value) || value < 1 || value > 65535) {
      throw new Error(`${name} is "${env[name] ?? ""}", not a port: playwright.config.ts chooses it, run the suite with \`npx playwright test\``);
    }
    return value;
  };
  return { app: port("app"), postgres: port("postgres"), bridge: port("bridge"), smtp: port("smtp"), oidc: port("oidc") };
}

/** Cookies, redirects and (later) WebAuthn all depend on the browser seeing `localhost`. */
export const appUrl = (env: NodeJS.ProcessEnv = process.env) => `http://localhost:${ports(env).app}`;

/** Set by the global setup once the services run; read by the fixtures in the workers. */
export type RunState = { stateDir: string; mailDir: string; databaseUrl: string; bridgePort: number; authSecret: string };

const STATE_VARIABLES = { stateDir: "E2E_STATE_DIR", databaseUrl: "E2E_DATABASE_URL", authSecret: "E2E_AUTH_SECRET" } as const;

export function publishRunState(state: Pick<RunState, "stateDir" | "databaseUrl" | "authSecret">, env: NodeJS.ProcessEnv = process.env): void {
  env[STATE_VARIABLES.stateDir] = state.stateDir;
  env[STATE_VARIABLES.databaseUrl] = state.databaseUrl;
  // The app's secret, made for this run only: specs that start a second server with a rotated secret need it.
  env[STATE_VARIABLES.authSecret] = state.authSecret;
}

export function runState(env: NodeJS.ProcessEnv = process.env): RunState {
  const stateDir = env[STATE_VARIABLES.stateDir];
  const databaseUrl = env[STATE_VARIABLES.databaseUrl];
  const authSecret = env[STATE_VARIABLES.authSecret];
  if (!stateDir || !databaseUrl || !authSecret) {
    throw new Error("the e2e services are not running: run the suite with `npx playwright test`, whose global setup starts them");
  }
  return { stateDir, mailDir: mailDirIn(stateDir), databaseUrl, bridgePort: ports(env).bridge, authSecret };
}

export const mailDirIn = (stateDir: string) => path.join(stateDir, "mail");

/** One free loopback port, for a spec that starts a server of its own. */
export const freePort = async (): Promise<number> => (await freePorts(1))[0] as number;
