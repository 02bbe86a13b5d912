import { describe, expect, it } from "vitest";
import { NUMBER_SETTINGS, setting, settingProblem, type NumberSetting } from "./settings";

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
