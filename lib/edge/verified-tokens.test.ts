import { describe, expect, it } from "vitest";
import { recallVerified, rememberVerified, VERIFIED_TOKENS_KEPT } from "./verified-tokens";

const SECRETS = ["secret"];
const SALT = "authjs.session-token";
const NOW = 1_800_000_000;

describe("the memo of verified tokens", () => {
  it("recalls a token only with the secrets and cookie name it was read with", () => {
    rememberVerified("token-a", SECRETS, SALT, { sub: "a", exp: NOW + 60 });
    expect(recallVerified("token-a", SECRETS, SALT, NOW)).toEqual({ sub: "a", exp: NOW + 60 });
    expect(recallVerified("token-a", ["other"], SALT, NOW)).toBeUndefined();
    expect(recallVerified("token-a", SECRETS, `__Secure-${SALT}`, NOW)).toBeUndefined();
    expect(recallVerified("token-a-but-longer", SECRETS, SALT, NOW)).toBeUndefined();
  });

  it("judges the times again at every recall, and forgets a token once it has expired", () => {
    rememberVerified("token-b", SECRETS, SALT, { sub: "b", exp: NOW + 60 });
    expect(recallVerified("token-b", SECRETS, SALT, NOW + 74)).toMatchObject({ sub: "b" });
    expect(recallVerified("token-b", SECRETS, SALT, NOW + 75)).toBeUndefined();
    expect(recallVerified("token-b", SECRETS, SALT, NOW)).toBeUndefined();
  });

  it("refuses a token before its time", () => {
    rememberVerified("token-c", SECRETS, SALT, { sub: "c", nbf: NOW });
    expect(recallVerified("token-c", SECRETS, SALT, NOW - 60)).toBeUndefined();
  });

  it(`keeps at most ${VERIFIED_TOKENS_KEPT}, dropping the least recently used`, () => {
    rememberVerified("kept", SECRETS, SALT, { sub: "kept" });
    rememberVerified("dropped", SECRETS, SALT, { sub: "dropped" });
    for (let i = 0; i < VERIFIED_TOKENS_KEPT - 1; i++) {
      rememberVerified(`filler-${i}`, SECRETS, SALT, { sub: String(i) });
      // Used all along, so it stays while the others come and go.
      expect(recallVerified("kept", SECRETS, SALT, NOW)).toMatchObject({ sub: "kept" });
    }
    expect(recallVerified("dropped", SECRETS, SALT, NOW)).toBeUndefined();
    expect(recallVerified("filler-0", SECRETS, SALT, NOW)).toMatchObject({ sub: "0" });
  });
});
