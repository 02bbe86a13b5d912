import { describe, expect, it } from "vitest";
import { authSecrets } from "./settings";

describe("authSecrets", () => {
  it("lists the newest rotation secret first, AUTH_SECRET last", () => {
    expect(authSecrets({ AUTH_SECRET: "old" })).toEqual(["old"]);
    expect(authSecrets({ AUTH_SECRET: "old", AUTH_SECRET_1: "new" })).toEqual(["new", "old"]);
    expect(authSecrets({ AUTH_SECRET: "a", AUTH_SECRET_1: "b", AUTH_SECRET_2: "c", AUTH_SECRET_3: "d" })).toEqual(["d", "c", "b", "a"]);
  });

  it("skips empty slots and leaves a missing secret to Auth.js", () => {
    expect(authSecrets({ AUTH_SECRET: "old", AUTH_SECRET_1: "", AUTH_SECRET_2: "new" })).toEqual(["new", "old"]);
    expect(authSecrets({})).toBeUndefined();
  });
});
