// Every setting the app reads from the environment, typed, in this one module: strings, URLs and
// switches first, then the numbers (a table: default, range, unit). OAuth/OIDC variables are named by
// the provider registry (lib/auth/providers.ts) and read through providerVariables here.
// Validated once: a value the startup check (checks.ts) refuses stops the server before a request;
// the readers fall back to the default for such a value all the same, so nothing downstream ever
// sees NaN, an unparsable URL or a header name Headers would throw on.
// Read at each call, never copied at import: tests change variables between cases.
// Edge-safe (type imports only): the middleware reads the site URL and the secrets here.
import type { Env } from "../edge/env";

/** Whether a value parses as a URL with one of these protocols ("https:"). */
export function isUrl(value: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

// NODE_ENV: "production" under `next build`/`next start`, "development" under `npm run dev`.
export const isProduction = (env: Env = process.env): boolean => env.NODE_ENV === "production";
export const isDevelopment = (env: Env = process.env): boolean => env.NODE_ENV === "development";

/** VERCEL: set by Vercel on its builds and functions. */
export const onVercel = (env: Env = process.env): boolean => Boolean(env.VERCEL);

/**
 * Whether X-Forwarded-Host/-Proto come from a proxy this server trusts: AUTH_TRUST_HOST (any
 * non-empty value, as Auth.js reads it, even "false") or Vercel.
 */
export const trustsForwardedHost = (env: Env = process.env): boolean => Boolean(env.AUTH_TRUST_HOST) || onVercel(env);

/** The site's public URL: AUTH_URL, or its older name NEXTAUTH_URL, as next-auth reads them (next-auth/lib/env.js). */
export function siteUrl(env: Env = process.env): URL | undefined {
  const value = env.AUTH_URL ?? env.NEXTAUTH_URL;
  return value && isUrl(value, ["http:", "https:"]) ? new URL(value) : undefined;
}

// The secrets that encrypt the session cookie, newest first: Auth.js encrypts with the first and
// decrypts with any. @auth/core reads AUTH_SECRET_1..3 for rotation (nextauthjs/next-auth#9804), but
// next-auth's own setEnvDefaults sets `secret` from AUTH_SECRET before @auth/core looks, so those
// variables are ignored unless the config lists them itself (node_modules/next-auth/lib/env.js).
// Same order as @auth/core: AUTH_SECRET_3, _2, _1 are newer than AUTH_SECRET.
export const ROTATION = ["AUTH_SECRET_3", "AUTH_SECRET_2", "AUTH_SECRET_1", "AUTH_SECRET"] as const;

/** AUTH_SECRET and its rotation slots, newest first; undefined when none is set, so Auth.js reports its own MissingSecret. */
export function authSecrets(env: Env = process.env): string[] | undefined {
  const secrets = ROTATION.map((name) => env[name]).filter((secret): secret is string => Boolean(secret));
  return secrets.length ? secrets : undefined;
}

/** The variables a provider registry entry names that are set, by name (nothing else of the environment). */
export function providerVariables(entry: { variables: readonly { name: string }[] }, env: Env = process.env): Env {
  return Object.fromEntries(entry.variables.flatMap(({ name }) => (env[name] ? [[name, env[name]]] : [])));
}

/** DATABASE_URL: the pooled connection string the app's Prisma client uses (a postgres:// URL). */
export function databaseUrl(env: Env = process.env): string | undefined {
  const value = env.DATABASE_URL;
  return value && isUrl(value, ["postgres:", "postgresql:"]) ? value : undefined;
}

/** The sender when EMAIL_FROM is not set. */
export const DEFAULT_FROM = "Sign-in <no-reply@localhost>";

/** EMAIL_SERVER (an smtp:// or smtps:// URL) and EMAIL_FROM: the transport of sign-in links and account mails. */
export function mailSettings(env: Env = process.env): { server?: string; from: string } {
  const server = env.EMAIL_SERVER;
  return { server: server && isUrl(server, ["smtp:", "smtps:"]) ? server : undefined, from: env.EMAIL_FROM || DEFAULT_FROM };
}

/** A header name as RFC 9110 allows it (what Headers accepts). */
export const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

/** CLIENT_IP_HEADER's value for "no proxy writes one": every visitor counts as one client. */
export const NO_CLIENT_HEADER = "none";

/**
 * CLIENT_IP_HEADER: the header a proxy in front writes each client's address to, NO_CLIENT_HEADER
 * when said to be none, undefined when not set (lib/request/client-address.ts).
 */
export function clientIpHeader(env: Env = process.env): string | undefined {
  const value = env.CLIENT_IP_HEADER;
  return value && HEADER_NAME.test(value) ? value : undefined;
}

/** CRON_SECRET: what the scheduled cleanup's caller sends as a bearer token; 16 or more characters, no spaces. */
export const CRON_SECRET_FORMAT = /^\S{16,}$/;
export function cronSecret(env: Env = process.env): string | undefined {
  const value = env.CRON_SECRET;
  return value && CRON_SECRET_FORMAT.test(value) ? value : undefined;
}

// Numbers: each with its default and its valid range.

export type NumberSetting = {
  default: number;
  /** The default under `npm run dev` (NODE_ENV "development"), where production's would get in a developer's way. */
  developmentDefault?: number;
  min: number;
  max?: number;
  /** Whether a value may have a fraction ("0.5" days); whole numbers only when unset. */
  fractional?: boolean;
  /** How a value is counted, for the error message: "seconds", "a port number"… */
  unit: string;
  /** Older names still accepted, the current name winning when both are set. */
  aliases?: readonly string[];
};

/** Every numeric setting the app reads; add new ones here, and they are validated at startup. */
export const NUMBER_SETTINGS = {
  // The revocation bound (lib/auth/session-settings.ts): how long a session may go unchecked.
  SESSION_REFRESH_SECONDS: { default: 300, min: 1, max: 3600, unit: "seconds", aliases: ["ROLE_REFRESH_SECONDS"] },
  // Fractions let the e2e suite shorten a day to seconds.
  SESSION_IDLE_DAYS: { default: 30, min: 0.00001, max: 3650, unit: "days", fractional: true },
  SESSION_MAX_DAYS: { default: 90, min: 0.00001, max: 3650, unit: "days", fractional: true },
  // Adding a passkey or linking an account needs a sign-in at most this old (lib/auth/recent-sign-in.ts).
  RECENT_SIGN_IN_MINUTES: { default: 10, min: 1, max: 1440, unit: "minutes" },
  // How long each user's security activity is kept (lib/account/security-log.ts).
  SECURITY_LOG_DAYS: { default: 90, min: 1, max: 3650, unit: "days" },
  // "New sign-in to your account" emails one user may get per hour (lib/account/sign-in-entry.ts).
  NEW_DEVICE_EMAILS_PER_HOUR: { default: 3, min: 1, max: 100, unit: "a count of emails" },
  // How long a link that confirms a new email address works (lib/account/email-change.ts).
  EMAIL_CHANGE_LINK_MINUTES: { default: 60, min: 5, max: 1440, unit: "minutes" },
  // Sign-in emails (lib/auth/email-limits.ts): per address, per client, within one sliding window.
  // A developer signs in to one address from several browsers many times an hour, and `npm run dev`
  // counts every visitor as one client (lib/request/client-address.ts): generous there.
  EMAIL_LIMIT_PER_ADDRESS: { default: 3, developmentDefault: 50, min: 1, unit: "a count of emails" },
  EMAIL_LIMIT_PER_CLIENT: { default: 20, developmentDefault: 200, min: 1, unit: "a count of emails" },
  EMAIL_LIMIT_WINDOW_MINUTES: { default: 15, min: 1, max: 1440, unit: "minutes" },
  // Wrong two-factor codes per user within one sliding window (lib/two-factor/attempts.ts).
  TWO_FACTOR_ATTEMPTS: { default: 5, min: 1, max: 100, unit: "a count of attempts" },
  TWO_FACTOR_WINDOW_MINUTES: { default: 15, min: 1, max: 1440, unit: "minutes" },
  // 1: an admin without two-factor is sent to turn it on before reaching /admin (lib/two-factor/admin-requirement.ts).
  REQUIRE_TWO_FACTOR_FOR_ADMINS: { default: 0, min: 0, max: 1, unit: "0 (off) or 1 (on)" },
  // How long opening a database connection may take before it counts as failed (and is tried once more).
  DATABASE_CONNECT_TIMEOUT_SECONDS: { default: 5, min: 1, max: 60, unit: "seconds" },
  // How long a trivial query may take before the database counts as not answering (lib/db/database-probe.ts):
  // /api/health then says 503, and a request that failed shows "temporarily unavailable".
  DATABASE_ANSWER_TIMEOUT_SECONDS: { default: 10, min: 1, max: 60, unit: "seconds", aliases: ["HEALTH_DB_TIMEOUT_SECONDS"] },
  // Local development only: where `npm run dev` runs the embedded PostgreSQL and the Neon bridge.
  EMBEDDED_PG_PORT: { default: 54329, min: 1, max: 65535, unit: "a port number" },
  NEON_BRIDGE_PORT: { default: 54330, min: 1, max: 65535, unit: "a port number" },
  // Local development only: milliseconds the bridge adds to each round trip, to feel Neon's distance.
  NEON_BRIDGE_LATENCY_MS: { default: 0, min: 0, max: 10_000, unit: "milliseconds" },
} as const satisfies Record<string, NumberSetting>;

export type SettingName = keyof typeof NUMBER_SETTINGS;

/** The default that applies in this environment: `next dev` has its own for some settings. */
function defaultValue(rule: NumberSetting, env: Env): number {
  return isDevelopment(env) ? (rule.developmentDefault ?? rule.default) : rule.default;
}

/** The variable actually set for `name`: itself, or the first alias that is set. */
function rawValue(name: string, rule: NumberSetting, env: Env): { variable: string; value: string } | undefined {
  for (const variable of [name, ...(rule.aliases ?? [])]) {
    const value = env[variable];
    if (value !== undefined && value !== "") return { variable, value };
  }
  return undefined;
}

/** Why the value set for `name` is not valid, as one line naming the fix; undefined when it is. */
export function settingProblem(name: string, rule: NumberSetting, env: Env): string | undefined {
  const raw = rawValue(name, rule, env);
  if (!raw) return undefined;
  // Number("") is 0 and Number(" 5") is 5: only plain decimal text counts.
  const n = /^\d+(?:\.\d+)?$/.test(raw.value) ? Number(raw.value) : NaN;
  const kind = rule.fractional ? Number.isFinite(n) : Number.isInteger(n);
  if (kind && n >= rule.min && (rule.max === undefined || n <= rule.max)) return undefined;
  const range = rule.max === undefined ? `${rule.min} or more` : `between ${rule.min} and ${rule.max}`;
  return `${raw.variable} is "${raw.value}", not ${rule.unit}: use a ${rule.fractional ? "number" : "whole number"} ${range} (default ${defaultValue(rule, env)})`;
}

/** The setting's value, or its default when unset or invalid. */
export function setting(name: SettingName, env: Env = process.env): number {
  const rule: NumberSetting = NUMBER_SETTINGS[name];
  const raw = rawValue(name, rule, env);
  return raw && !settingProblem(name, rule, env) ? Number(raw.value) : defaultValue(rule, env);
}
