// The app's numeric settings: each read from the environment in one place, with its default and
// its valid range. The startup check (checks.ts) reports a bad value; readers here fall back to
// the default, so nothing downstream ever sees NaN.
import type { Env } from "../edge/env";

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
  return env.NODE_ENV === "development" ? (rule.developmentDefault ?? rule.default) : rule.default;
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
