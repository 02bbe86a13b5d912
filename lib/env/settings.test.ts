import { describe, expect, it } from "vitest";
import { settingProblem, type NumberSetting } from "./settings";

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
});
