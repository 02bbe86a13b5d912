// The startup check of every setting settings.ts reads, and what a valid value is. Each problem is
// one line naming the variable and the fix, so a misconfigured server stops with a sentence instead
// of a stack trace deep inside Auth.js or Prisma. It reads the raw values (a reader only ever sees
// valid ones) and how settings fit together.
import { isLoopbackHost, isNeonHost } from "../db/database-host";
import { switchedOnProviders } from "../auth/oauth-providers";
import { requiredVariables } from "../auth/providers";
import { signInMethods } from "../auth/sign-in-methods";
import {
  CRON_SECRET_FORMAT,
  HEADER_NAME,
  isProduction,
  isUrl,
  NO_CLIENT_HEADER,
  NUMBER_SETTINGS,
  onVercel,
  ROTATION,
  setting,
  settingProblem,
  type SettingName,
} from "./settings";
import type { Env } from "../edge/env";

type Check = (env: Env, production: boolean) => string | undefined;

const postgresUrl =
  (name: string, required: boolean): Check =>
  (env) => {
    const value = env[name];
    if (!value) {
      return required
        ? `${name} is not set: add your Postgres connection string to .env.local, or unset it and use \`npm run dev\` for the embedded database`
        : undefined;
    }
    if (!isUrl(value, ["postgres:", "postgresql:"])) {
      return `${name} is not a postgres:// or postgresql:// URL: copy the connection string from your database provider (Neon: Connection Details)`;
    }
  };

// A provider's required variables go together (lib/auth/providers.ts).
const allOrNone =
  (label: string, names: string[]): Check =>
  (env) => {
    const set = names.filter((n) => env[n]);
    if (set.length === 0 || set.length === names.length) return;
    const missing = names.filter((n) => !env[n]);
    return `${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set but ${set.join(" and ")} ${set.length > 1 ? "are" : "is"}: set all of ${names.join(", ")} to enable ${label} sign-in, or none to hide it`;
  };

const strongSecret =
  (name: string): Check =>
  (env) => {
    const secret = env[name];
    if (secret && secret.length < 32) return `${name} is shorter than 32 characters: \`npm run secret\` prints a strong one`;
  };

// Each limit is checked alone by its NUMBER_SETTINGS rule; these are about how they fit together.
const sessionLimits: Check = (env) => {
  const valid = (name: SettingName) => (settingProblem(name, NUMBER_SETTINGS[name], env) ? undefined : setting(name, env));
  const idle = valid("SESSION_IDLE_DAYS");
  const max = valid("SESSION_MAX_DAYS");
  const refresh = valid("SESSION_REFRESH_SECONDS");
  if (idle === undefined || max === undefined || refresh === undefined) return;
  if (idle > max) {
    return `SESSION_IDLE_DAYS is ${idle} days, longer than SESSION_MAX_DAYS (${max} days): make it at most SESSION_MAX_DAYS, or raise SESSION_MAX_DAYS`;
  }
  // Last seen is written once per check, so a session in use can look that long idle.
  if (idle * 86_400 <= refresh) {
    return `SESSION_IDLE_DAYS is ${idle} days (${Math.round(idle * 86_400)} s), not longer than SESSION_REFRESH_SECONDS (${refresh} s): a session in use would look idle between two checks; raise SESSION_IDLE_DAYS or lower SESSION_REFRESH_SECONDS`;
  }
};

const checks: Check[] = [
  (env) => {
    if (!env.AUTH_SECRET) return "AUTH_SECRET is not set: add it to .env.local or the host's environment (`npm run secret` prints a new one)";
  },
  // AUTH_SECRET and AUTH_SECRET_1..3, the newer secrets of a rotation (authSecrets, settings.ts).
  ...[...ROTATION].reverse().map(strongSecret),
  (env, production) => {
    const url = env.AUTH_URL;
    if (!url) {
      // Vercel routes requests by Host, so there it is always one of the project's own domains.
      return production && !onVercel(env)
        ? "AUTH_URL is not set: set it to the site's public origin, e.g. https://example.com (links in sign-in emails and OAuth callbacks are built from it; without it they would follow the request's Host header)"
        : undefined;
    }
    if (!isUrl(url, ["http:", "https:"])) {
      return `AUTH_URL is "${url}", not an http(s) URL: set it to the site's origin, e.g. https://example.com`;
    }
    // Auth.js takes any path in AUTH_URL as its base path, so anything but /api/auth moves the
    // auth routes away from where app/api/auth serves them.
    const { pathname, search, hash } = new URL(url);
    if (!["/", "/api/auth", "/api/auth/"].includes(pathname) || search || hash) {
      return `AUTH_URL is "${url}", not an origin: set it to the site's origin, e.g. https://example.com (a path other than /api/auth becomes Auth.js's base path and breaks sign-in)`;
    }
  },
  (env) => {
    const url = env.AUTH_REDIRECT_PROXY_URL;
    if (url && !(isUrl(url, ["https:"]) && new URL(url).pathname.replace(/\/$/, "").endsWith("/api/auth"))) {
      return `AUTH_REDIRECT_PROXY_URL is "${url}": it must be your production site's auth URL, e.g. https://example.com/api/auth`;
    }
  },
  postgresUrl("DATABASE_URL", true),
  postgresUrl("DATABASE_URL_UNPOOLED", false),
  (env, production) => {
    const value = env.DATABASE_URL;
    if (!production || !value || !isUrl(value, ["postgres:", "postgresql:"])) return;
    const host = new URL(value).hostname;
    // The Neon driver reaches a non-Neon host only through the WebSocket bridge that `npm run dev`
    // and the tests start on loopback; a production server has no such bridge.
    if (!isNeonHost(value) && !isLoopbackHost(host)) {
      return `DATABASE_URL points at ${host}, which is neither Neon nor this machine: the Neon driver reaches other hosts only through the local dev bridge. Use a Neon URL, or switch prisma.ts to @prisma/adapter-pg (see README, "Using another Postgres host")`;
    }
  },
  (env, production) => {
    const server = env.EMAIL_SERVER;
    if (server && !isUrl(server, ["smtp:", "smtps:"])) {
      return "EMAIL_SERVER is not an smtp:// or smtps:// URL: use smtp://user:pass@host:587";
    }
    if (server && production && !env.EMAIL_FROM) {
      return "EMAIL_FROM is not set: add the sender address, e.g. EMAIL_FROM=\"My App <login@example.com>\"";
    }
  },
  // Only the providers switched on: the others' variables are not read.
  ...switchedOnProviders().map((entry) => allOrNone(entry.name, requiredVariables(entry))),
  (env, production) => {
    const issuer = env.AUTH_OIDC_ISSUER;
    if (!issuer) return;
    if (!isUrl(issuer, ["http:", "https:"])) {
      return `AUTH_OIDC_ISSUER is "${issuer}", not a URL: use the issuer URL from your identity provider`;
    }
    // Discovery and the token exchange go to this URL; over plain http anyone on the path could
    // swap the provider's keys and mint sign-ins. Only an issuer on this machine may skip TLS.
    if (production && !isUrl(issuer, ["https:"]) && !isLoopbackHost(new URL(issuer).hostname)) {
      return `AUTH_OIDC_ISSUER is "${issuer}", not https: use your identity provider's https issuer URL`;
    }
  },
  (env, production) => {
    const header = env.CLIENT_IP_HEADER;
    if (header !== undefined && !HEADER_NAME.test(header)) {
      return `CLIENT_IP_HEADER is "${header}", not a header name: name the header your proxy sets to the client's address, e.g. x-forwarded-for or x-real-ip`;
    }
    // Off Vercel, only the deployer knows which header (if any) a proxy in front writes; guessing wrong
    // either lets clients forge addresses or lets one client use up every visitor's sign-in emails.
    if (production && env.EMAIL_SERVER && !onVercel(env) && !header) {
      return `CLIENT_IP_HEADER is not set: name the header your proxy writes each visitor's address to (x-forwarded-for, x-real-ip, cf-connecting-ip, fly-client-ip…), so that EMAIL_LIMIT_PER_CLIENT counts visitors apart; or set it to "${NO_CLIENT_HEADER}" to count them all as one client (then one client can use up everyone's sign-in emails)`;
    }
  },
  (env) => {
    // Vercel Cron sends it as `Authorization: Bearer <secret>` (app/api/cron/cleanup/route.ts).
    const secret = env.CRON_SECRET;
    if (secret && !CRON_SECRET_FORMAT.test(secret)) {
      return "CRON_SECRET is shorter than 16 characters or holds spaces: use a random string without spaces, e.g. the output of `openssl rand -hex 32`";
    }
  },
  ...Object.entries(NUMBER_SETTINGS).map(([name, rule]): Check => (env) => settingProblem(name, rule, env)),
  sessionLimits,
];

/** Every problem with the environment, one line each; empty when all is well. */
export function envProblems(env: Env, production = isProduction(env)): string[] {
  return checks.map((check) => check(env, production)).filter((p): p is string => Boolean(p));
}

/** What a server starting with this environment should say without stopping: features left off. */
export function envNotices(env: Env, production = isProduction(env)): string[] {
  if (!production) return [];
  return [
    ...(env.EMAIL_SERVER || !signInMethods.emailLinks ? [] : ["EMAIL_SERVER is not set: email sign-in is disabled. Set EMAIL_SERVER and EMAIL_FROM to enable it."]),
    ...(env.CRON_SECRET
      ? []
      : [
          "CRON_SECRET is not set: the scheduled cleanup (GET /api/cron/cleanup) refuses every call, so sessions never seen again, expired sign-in links and old sign-in email records stay in the database. Set it (Vercel Cron then calls the route daily, vercel.json), or call the route on a schedule of your own with `Authorization: Bearer $CRON_SECRET`.",
        ]),
  ];
}
