import { describe, expect, it } from "vitest";
import { envNotices, envProblems } from "./checks";

const valid = {
  AUTH_SECRET: "x".repeat(44),
  AUTH_URL: "https://example.com",
  DATABASE_URL: "postgresql://user:pass@ep-cool-name.eu-central-1.aws.neon.tech/app?sslmode=require",
};

describe("envProblems", () => {
  it("accepts a minimal valid environment", () => {
    expect(envProblems(valid, true)).toEqual([]);
  });

  it("names a missing AUTH_SECRET and how to make one", () => {
    expect(envProblems({ ...valid, AUTH_SECRET: undefined })).toEqual([
      "AUTH_SECRET is not set: add it to .env.local or the host's environment (`npm run secret` prints a new one)",
    ]);
  });

  it("refuses a short AUTH_SECRET", () => {
    expect(envProblems({ ...valid, AUTH_SECRET: "short" })[0]).toMatch(/^AUTH_SECRET is shorter than 32/);
  });

  it("explains a missing or malformed DATABASE_URL", () => {
    expect(envProblems({ ...valid, DATABASE_URL: undefined })[0]).toMatch(/^DATABASE_URL is not set: .*npm run dev/);
    expect(envProblems({ ...valid, DATABASE_URL: "mysql://x" })[0]).toMatch(/^DATABASE_URL is not a postgres:\/\//);
    expect(envProblems({ ...valid, DATABASE_URL_UNPOOLED: "nonsense" })[0]).toMatch(/^DATABASE_URL_UNPOOLED is not/);
  });

  it("wants OAuth credentials in complete sets", () => {
    expect(envProblems({ ...valid, AUTH_GITHUB_ID: "id" })).toEqual([
      "AUTH_GITHUB_SECRET is not set but AUTH_GITHUB_ID is: set all of AUTH_GITHUB_ID, AUTH_GITHUB_SECRET to enable GitHub sign-in, or none to hide it",
    ]);
    expect(envProblems({ ...valid, AUTH_DISCORD_SECRET: "secret" })).toEqual([
      "AUTH_DISCORD_ID is not set but AUTH_DISCORD_SECRET is: set all of AUTH_DISCORD_ID, AUTH_DISCORD_SECRET to enable Discord sign-in, or none to hide it",
    ]);
    expect(envProblems({ ...valid, AUTH_OIDC_ISSUER: "https://idp.example.com" })[0]).toMatch(
      /^AUTH_OIDC_ID and AUTH_OIDC_SECRET are not set but AUTH_OIDC_ISSUER is/,
    );
    expect(
      envProblems({ ...valid, AUTH_OIDC_ISSUER: "idp", AUTH_OIDC_ID: "a", AUTH_OIDC_SECRET: "b" })[0],
    ).toMatch(/^AUTH_OIDC_ISSUER is "idp", not a URL/);
  });

  it("checks email settings", () => {
    expect(envProblems({ ...valid, EMAIL_SERVER: "http://mail" })[0]).toMatch(/^EMAIL_SERVER is not an smtp:\/\//);
    expect(envProblems({ ...valid, EMAIL_SERVER: "smtp://mail:587" }, true)[0]).toMatch(/^EMAIL_FROM is not set/);
    expect(envProblems({ ...valid, EMAIL_SERVER: "smtp://mail:587" }, false)).toEqual([]);
  });

  it("wants AUTH_REDIRECT_PROXY_URL to be the production site's https auth URL", () => {
    expect(envProblems({ ...valid, AUTH_REDIRECT_PROXY_URL: "https://example.com/api/auth" })).toEqual([]);
    expect(envProblems({ ...valid, AUTH_REDIRECT_PROXY_URL: "https://example.com" })[0]).toMatch(/^AUTH_REDIRECT_PROXY_URL is/);
    expect(envProblems({ ...valid, AUTH_REDIRECT_PROXY_URL: "http://example.com/api/auth" })[0]).toMatch(/^AUTH_REDIRECT_PROXY_URL is/);
  });

  it("checks AUTH_URL and port numbers", () => {
    expect(envProblems({ ...valid, AUTH_URL: "example.com" })[0]).toMatch(/^AUTH_URL is "example.com", not an http\(s\) URL/);
    expect(envProblems({ ...valid, EMBEDDED_PG_PORT: "99999" })[0]).toMatch(/^EMBEDDED_PG_PORT is "99999", not a port/);
  });

  it("wants AUTH_URL to be an origin, or the origin with /api/auth, never another path", () => {
    for (const url of ["https://example.com", "https://example.com/", "https://example.com/api/auth", "http://localhost:3000/api/auth/"]) {
      expect(envProblems({ ...valid, AUTH_URL: url }, true), url).toEqual([]);
    }
    for (const url of ["https://example.com/app", "https://example.com/api", "https://example.com/auth", "https://example.com/?x=1"]) {
      expect(envProblems({ ...valid, AUTH_URL: url })).toEqual([
        `AUTH_URL is "${url}", not an origin: set it to the site's origin, e.g. https://example.com (a path other than /api/auth becomes Auth.js's base path and breaks sign-in)`,
      ]);
    }
  });

  it("wants AUTH_URL in production unless the site runs on Vercel", () => {
    const unset = { ...valid, AUTH_URL: undefined };
    expect(envProblems(unset, true)).toEqual([
      "AUTH_URL is not set: set it to the site's public origin, e.g. https://example.com (links in sign-in emails and OAuth callbacks are built from it; without it they would follow the request's Host header)",
    ]);
    expect(envProblems({ ...unset, VERCEL: "1" }, true)).toEqual([]);
    expect(envProblems(unset, false)).toEqual([]);
  });

  it("wants an https OIDC issuer in production, unless it runs on this machine", () => {
    const oidc = { ...valid, AUTH_OIDC_ID: "a", AUTH_OIDC_SECRET: "b" };
    expect(envProblems({ ...oidc, AUTH_OIDC_ISSUER: "https://idp.example.com" }, true)).toEqual([]);
    expect(envProblems({ ...oidc, AUTH_OIDC_ISSUER: "http://idp.example.com" }, true)).toEqual([
      'AUTH_OIDC_ISSUER is "http://idp.example.com", not https: use your identity provider\'s https issuer URL',
    ]);
    expect(envProblems({ ...oidc, AUTH_OIDC_ISSUER: "http://idp.example.com" }, false)).toEqual([]);
    for (const issuer of ["http://localhost:9000", "http://127.0.0.1:9000/realms/x", "http://[::1]:9000"]) {
      expect(envProblems({ ...oidc, AUTH_OIDC_ISSUER: issuer }, true), issuer).toEqual([]);
    }
  });

  it("refuses, in production, a database the Neon driver cannot reach without the dev bridge", () => {
    expect(envProblems({ ...valid, DATABASE_URL: "postgresql://u:p@db.example.com:5432/app" }, true)).toEqual([
      'DATABASE_URL points at db.example.com, which is neither Neon nor this machine: the Neon driver reaches other hosts only through the local dev bridge. Use a Neon URL, or switch prisma.ts to @prisma/adapter-pg (see README, "Using another Postgres host")',
    ]);
    expect(envProblems({ ...valid, DATABASE_URL: "postgresql://u:p@db.example.com:5432/app" }, false)).toEqual([]);
    for (const url of ["postgresql://u:p@127.0.0.1:5432/app", "postgres://u:p@localhost/app", "postgresql://u:p@[::1]:5432/app"]) {
      expect(envProblems({ ...valid, DATABASE_URL: url }, true), url).toEqual([]);
    }
    // A malformed URL is reported once, by the format check.
    expect(envProblems({ ...valid, DATABASE_URL: "mysql://db.example.com" }, true)).toHaveLength(1);
  });

  it("wants SESSION_REFRESH_SECONDS (or its older name ROLE_REFRESH_SECONDS) in whole seconds, at most an hour", () => {
    expect(envProblems({ ...valid, SESSION_REFRESH_SECONDS: "2" })).toEqual([]);
    expect(envProblems({ ...valid, SESSION_REFRESH_SECONDS: "5m" })[0]).toMatch(/^SESSION_REFRESH_SECONDS is "5m"/);
    expect(envProblems({ ...valid, SESSION_REFRESH_SECONDS: "3601" })[0]).toMatch(/^SESSION_REFRESH_SECONDS is "3601"/);
    expect(envProblems({ ...valid, ROLE_REFRESH_SECONDS: "0" })[0]).toMatch(/^ROLE_REFRESH_SECONDS is "0"/);
  });

  it("wants the email limits and the connect timeout to be positive whole numbers", () => {
    const good = { EMAIL_LIMIT_PER_ADDRESS: "5", EMAIL_LIMIT_PER_CLIENT: "100", EMAIL_LIMIT_WINDOW_MINUTES: "60", DATABASE_CONNECT_TIMEOUT_SECONDS: "10" };
    expect(envProblems({ ...valid, ...good })).toEqual([]);
    expect(envProblems({ ...valid, EMAIL_LIMIT_PER_ADDRESS: "0" })[0]).toMatch(/^EMAIL_LIMIT_PER_ADDRESS is "0"/);
    expect(envProblems({ ...valid, EMAIL_LIMIT_PER_CLIENT: "lots" })[0]).toMatch(/^EMAIL_LIMIT_PER_CLIENT is "lots"/);
    expect(envProblems({ ...valid, EMAIL_LIMIT_WINDOW_MINUTES: "1441" })[0]).toMatch(/^EMAIL_LIMIT_WINDOW_MINUTES is "1441"/);
    expect(envProblems({ ...valid, DATABASE_CONNECT_TIMEOUT_SECONDS: "0.5" })[0]).toMatch(/^DATABASE_CONNECT_TIMEOUT_SECONDS is "0.5"/);
  });

  it("wants CLIENT_IP_HEADER to be a header name", () => {
    expect(envProblems({ ...valid, CLIENT_IP_HEADER: "x-real-ip" })).toEqual([]);
    expect(envProblems({ ...valid, CLIENT_IP_HEADER: "X-Forwarded-For: 1.2.3.4" })[0]).toMatch(/^CLIENT_IP_HEADER is "X-Forwarded-For: 1.2.3.4", not a header name/);
  });

  it("wants CLIENT_IP_HEADER in production off Vercel with email sign-in: a header, or none said explicitly", () => {
    const email = { ...valid, EMAIL_SERVER: "smtp://127.0.0.1:2525", EMAIL_FROM: "a@example.test", AUTH_URL: "https://app.example" };
    expect(envProblems(email, true)[0]).toMatch(/^CLIENT_IP_HEADER is not set: name the header your proxy writes/);
    expect(envProblems({ ...email, CLIENT_IP_HEADER: "x-real-ip" }, true)).toEqual([]);
    expect(envProblems({ ...email, CLIENT_IP_HEADER: "none" }, true)).toEqual([]);
    expect(envProblems({ ...email, VERCEL: "1" }, true)).toEqual([]);
    expect(envProblems(email, false)).toEqual([]);
  });

  it("wants the idle limit longer than the refresh interval and no longer than the maximum age", () => {
    expect(envProblems({ ...valid, SESSION_IDLE_DAYS: "7", SESSION_MAX_DAYS: "7" })).toEqual([]);
    expect(envProblems({ ...valid, SESSION_IDLE_DAYS: "0.5" })).toEqual([]);
    expect(envProblems({ ...valid, SESSION_IDLE_DAYS: "60" })).toEqual([]);
    expect(envProblems({ ...valid, SESSION_IDLE_DAYS: "100" })).toEqual([
      "SESSION_IDLE_DAYS is 100 days, longer than SESSION_MAX_DAYS (90 days): make it at most SESSION_MAX_DAYS, or raise SESSION_MAX_DAYS",
    ]);
    // Checked every 5 minutes, a session used all the time would still look 86 s idle in between.
    expect(envProblems({ ...valid, SESSION_IDLE_DAYS: "0.001", SESSION_REFRESH_SECONDS: "300" })).toEqual([
      "SESSION_IDLE_DAYS is 0.001 days (86 s), not longer than SESSION_REFRESH_SECONDS (300 s): a session in use would look idle between two checks; raise SESSION_IDLE_DAYS or lower SESSION_REFRESH_SECONDS",
    ]);
  });

  it("wants every AUTH_SECRET_1..3 as strong as AUTH_SECRET", () => {
    expect(envProblems({ ...valid, AUTH_SECRET_1: "y".repeat(44) })).toEqual([]);
    expect(envProblems({ ...valid, AUTH_SECRET_2: "short" })).toEqual([
      "AUTH_SECRET_2 is shorter than 32 characters: `npm run secret` prints a strong one",
    ]);
  });

  it("reports every problem, one line each", () => {
    expect(envProblems({ NEON_BRIDGE_PORT: "x" })).toHaveLength(3);
  });
});

describe("CRON_SECRET", () => {
  it("is optional, but when set must be 16 or more characters without spaces", () => {
    expect(envProblems({ ...valid, CRON_SECRET: "0123456789abcdef" })).toEqual([]);
    expect(envProblems({ ...valid, CRON_SECRET: "short" })[0]).toMatch(/^CRON_SECRET is shorter than 16 characters or holds spaces: .*openssl rand -hex 32/);
    expect(envProblems({ ...valid, CRON_SECRET: "a long secret with spaces" })[0]).toMatch(/^CRON_SECRET is shorter/);
  });

  it("is noticed when missing in production, where the cleanup then never runs", () => {
    const withEmail = { ...valid, EMAIL_SERVER: "smtp://mail.example.com:587" };
    expect(envNotices(withEmail, true)).toEqual([expect.stringMatching(/^CRON_SECRET is not set: the scheduled cleanup \(GET \/api\/cron\/cleanup\) refuses every call/)]);
    expect(envNotices({ ...withEmail, CRON_SECRET: "0123456789abcdef" }, true)).toEqual([]);
    expect(envNotices(withEmail, false)).toEqual([]);
  });
});
