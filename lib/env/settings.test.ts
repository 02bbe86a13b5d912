import { describe, expect, it } from "vitest";
import { envProblems } from "./checks";
import {
  clientIpHeader,
  cronSecret,
  databaseUrl,
  DEFAULT_FROM,
  isDevelopment,
  isProduction,
  mailSettings,
  NUMBER_SETTINGS,
  onVercel,
  providerVariables,
  setting,
  settingProblem,
  siteUrl,
  trustsForwardedHost,
  type NumberSetting,
} from "./settings";

const rule: NumberSetting = { default: 300, min: 1, max: 3600, unit: "seconds", aliases: ["OLD_NAME"] };

describe("settingProblem", () => {
  it("accepts whole numbers in range, and nothing set", () => {
    expect(settingProblem("NEW_NAME", rule, {})).toBeUndefined();
    expect(settingProblem("NEW_NAME", rule, { NEW_NAME: "1" })).toBeUndefined();
    expect(settingProblem("NEW_NAME", rule, { NEW_NAME: "3600" })).toBeUndefined();
  });

  it("names the variable, the value and the fix", () => {
    expect(settingProblem("NEW_NAME", rule, { NEW_NAME: "5m" })).toBe('NEW_NAME is "5m", not seconds: use a whole number between 1 and 3600 (default 300)');
    expect(settingProblem("NEW_NAME", rule, { NEW_NAME: "0" })).toMatch(/^NEW_NAME is "0"/);
    expect(settingProblem("NEW_NAME", rule, { NEW_NAME: "3601" })).toMatch(/^NEW_NAME is "3601"/);
    expect(settingProblem("NEW_NAME", rule, { NEW_NAME: "1.5" })).toMatch(/^NEW_NAME is "1.5"/);
  });

  it("reads an alias, under its own name, when the current name is unset", () => {
    expect(settingProblem("NEW_NAME", rule, { OLD_NAME: "x" })).toMatch(/^OLD_NAME is "x"/);
    expect(settingProblem("NEW_NAME", rule, { OLD_NAME: "x", NEW_NAME: "5" })).toBeUndefined();
  });

  it("takes fractions only where the setting allows them, and plain decimals only", () => {
    const days: NumberSetting = { default: 30, min: 0.00001, max: 3650, unit: "days", fractional: true };
    expect(settingProblem("DAYS", days, { DAYS: "0.5" })).toBeUndefined();
    expect(settingProblem("DAYS", days, { DAYS: "0" })).toBe('DAYS is "0", not days: use a number between 0.00001 and 3650 (default 30)');
    for (const value of ["1e3", " 5", "-1", "0x10", "Infinity"]) {
      expect(settingProblem("DAYS", days, { DAYS: value }), value).toMatch(/^DAYS is/);
      expect(settingProblem("NEW_NAME", rule, { NEW_NAME: value }), value).toMatch(/^NEW_NAME is/);
    }
  });
});

describe("setting", () => {
  it("reads ROLE_REFRESH_SECONDS as the older name of SESSION_REFRESH_SECONDS", () => {
    expect(setting("SESSION_REFRESH_SECONDS", {})).toBe(300);
    expect(setting("SESSION_REFRESH_SECONDS", { ROLE_REFRESH_SECONDS: "60" })).toBe(60);
    expect(setting("SESSION_REFRESH_SECONDS", { ROLE_REFRESH_SECONDS: "60", SESSION_REFRESH_SECONDS: "30" })).toBe(30);
  });

  it("falls back to the default for a value the startup check refuses", () => {
    expect(setting("SESSION_REFRESH_SECONDS", { SESSION_REFRESH_SECONDS: "5m" })).toBe(300);
    expect(setting("SESSION_IDLE_DAYS", { SESSION_IDLE_DAYS: "0.25" })).toBe(0.25);
  });

  it("gives the sign-in email limits generous defaults under npm run dev only", () => {
    const development = { NODE_ENV: "development" };
    expect(setting("EMAIL_LIMIT_PER_ADDRESS", development)).toBe(50);
    expect(setting("EMAIL_LIMIT_PER_CLIENT", development)).toBe(200);
    for (const env of [{}, { NODE_ENV: "production" }, { NODE_ENV: "test" }]) {
      expect(setting("EMAIL_LIMIT_PER_ADDRESS", env)).toBe(3);
      expect(setting("EMAIL_LIMIT_PER_CLIENT", env)).toBe(20);
    }
    // A value set wins in development too, and a refused one falls back to development's default.
    expect(setting("EMAIL_LIMIT_PER_ADDRESS", { ...development, EMAIL_LIMIT_PER_ADDRESS: "5" })).toBe(5);
    expect(setting("EMAIL_LIMIT_PER_ADDRESS", { ...development, EMAIL_LIMIT_PER_ADDRESS: "0" })).toBe(50);
    expect(settingProblem("EMAIL_LIMIT_PER_ADDRESS", NUMBER_SETTINGS.EMAIL_LIMIT_PER_ADDRESS, { ...development, EMAIL_LIMIT_PER_ADDRESS: "0" })).toMatch(
      /\(default 50\)$/,
    );
    // Settings without a development default keep theirs.
    expect(setting("SESSION_REFRESH_SECONDS", development)).toBe(300);
  });
});

describe("the string, URL and switch readers", () => {
  it("read the site URL from AUTH_URL, else NEXTAUTH_URL, as next-auth does", () => {
    expect(siteUrl({ AUTH_URL: "https://example.com/api/auth" })?.origin).toBe("https://example.com");
    expect(siteUrl({ NEXTAUTH_URL: "http://localhost:3000" })?.protocol).toBe("http:");
    expect(siteUrl({ AUTH_URL: "https://a.example", NEXTAUTH_URL: "https://b.example" })?.host).toBe("a.example");
    expect(siteUrl({})).toBeUndefined();
  });

  it("read the switches as Auth.js and Next.js set them", () => {
    expect(isProduction({ NODE_ENV: "production" })).toBe(true);
    expect(isProduction({ NODE_ENV: "test" })).toBe(false);
    expect(isDevelopment({ NODE_ENV: "development" })).toBe(true);
    expect(onVercel({ VERCEL: "1" })).toBe(true);
    expect(onVercel({})).toBe(false);
    // Any non-empty AUTH_TRUST_HOST counts, even "false", as in Auth.js.
    expect(trustsForwardedHost({ AUTH_TRUST_HOST: "false" })).toBe(true);
    expect(trustsForwardedHost({ VERCEL: "1" })).toBe(true);
    expect(trustsForwardedHost({ AUTH_TRUST_HOST: "" })).toBe(false);
  });

  it("read the mail transport, with the default sender", () => {
    expect(mailSettings({})).toEqual({ server: undefined, from: DEFAULT_FROM });
    expect(mailSettings({ EMAIL_SERVER: "smtp://mail:587", EMAIL_FROM: "A <a@example.com>" })).toEqual({ server: "smtp://mail:587", from: "A <a@example.com>" });
  });

  it("give a provider entry its own variables and nothing else of the environment", () => {
    const entry = { variables: [{ name: "AUTH_X_ID" }, { name: "AUTH_X_NAME" }] };
    expect(providerVariables(entry, { AUTH_X_ID: "id", AUTH_X_NAME: "", AUTH_SECRET: "s" })).toEqual({ AUTH_X_ID: "id" });
  });

  it("read the process's environment at each call, so a test's change is seen", () => {
    const saved = process.env.CRON_SECRET;
    try {
      process.env.CRON_SECRET = "first-secret-0123456789";
      expect(cronSecret()).toBe("first-secret-0123456789");
      process.env.CRON_SECRET = "second-secret-0123456789";
      expect(cronSecret()).toBe("second-secret-0123456789");
    } finally {
      if (saved === undefined) delete process.env.CRON_SECRET;
      else process.env.CRON_SECRET = saved;
    }
  });

  // Validated once: a value the startup check refuses stops the server; a reader never passes it on.
  it("never give a reader a value the startup check refuses", () => {
    const refused = {
      AUTH_URL: "example.com",
      DATABASE_URL: "mysql://db",
      EMAIL_SERVER: "http://mail",
      CLIENT_IP_HEADER: "X-Forwarded-For: 1.2.3.4",
      CRON_SECRET: "short",
      SESSION_REFRESH_SECONDS: "5m",
    };
    for (const [name, value] of Object.entries(refused)) {
      expect(envProblems({ [name]: value }).some((problem) => problem.startsWith(`${name} is`)), name).toBe(true);
    }
    expect(siteUrl(refused)).toBeUndefined();
    expect(databaseUrl(refused)).toBeUndefined();
    expect(mailSettings(refused).server).toBeUndefined();
    expect(clientIpHeader(refused)).toBeUndefined();
    expect(cronSecret(refused)).toBeUndefined();
    expect(setting("SESSION_REFRESH_SECONDS", refused)).toBe(NUMBER_SETTINGS.SESSION_REFRESH_SECONDS.default);
  });
});
