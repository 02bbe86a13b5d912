import { describe, expect, it } from "vitest";
import { parseBenchOptions, parseProfileOptions } from "./options";

describe("bench options", () => {
  it("default to three rounds of five seconds with ten connections", () => {
    expect(parseBenchOptions([])).toMatchObject({ rounds: 3, seconds: 5, connections: 10, rebuild: false, floor: false });
  });

  it("take bounded counts and the two switches", () => {
    expect(parseBenchOptions(["--rounds", "5", "--seconds=2", "--connections", "20", "--rebuild", "--floor"])).toMatchObject({
      rounds: 5,
      seconds: 2,
      connections: 20,
      rebuild: true,
      floor: true,
    });
  });

  it("refuse a count out of range, naming the option and its range", () => {
    expect(() => parseBenchOptions(["--seconds", "600"])).toThrow('--seconds is "600": use a whole number from 1 to 30 (default 5)');
    expect(() => parseBenchOptions(["--rounds", "two"])).toThrow("--rounds is \"two\"");
  });
});

describe("profile options", () => {
  it("default to ten seconds of load", () => {
    expect(parseProfileOptions([])).toEqual({ seconds: 10, connections: 10, rebuild: false });
  });
});
