import { describe, expect, it } from "vitest";
import { nextDevArgs } from "./next-dev-args";

describe("next dev's arguments", () => {
  it("listen on this machine only by default, the person's own arguments kept", () => {
    expect(nextDevArgs([])).toEqual(["--hostname", "localhost"]);
    expect(nextDevArgs(["-p", "4000"])).toEqual(["--hostname", "localhost", "-p", "4000"]);
  });

  it("leave the hostname to the person who names one, in any of its spellings", () => {
    for (const args of [["-H", "0.0.0.0"], ["--hostname", "0.0.0.0"], ["--hostname=0.0.0.0"], ["-H0.0.0.0"]]) {
      expect(nextDevArgs(args)).toEqual(args);
    }
  });
});
