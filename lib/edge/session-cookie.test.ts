import { describe, expect, it } from "vitest";
import { clearingCookies, isSessionCookieName } from "./session-cookie";

describe("isSessionCookieName", () => {
  it("knows Auth.js's session cookie under both names and in chunks", () => {
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token", "authjs.session-token.0", "__Secure-authjs.session-token.12"]) {
      expect(isSessionCookieName(name), name).toBe(true);
    }
  });

  it("and nothing else", () => {
    for (const name of ["authjs.csrf-token", "authjs.session-token.x", "xauthjs.session-token", "authjs.session-tokens", "session-ended"]) {
      expect(isSessionCookieName(name), name).toBe(false);
    }
  });
});

describe("clearingCookies", () => {
  it("deletes each cookie on the whole site, Secure where the name demands it", () => {
    expect(clearingCookies(["authjs.callback-url", "__Secure-authjs.session-token.1"])).toEqual([
      "authjs.callback-url=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax",
      "__Secure-authjs.session-token.1=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure",
    ]);
  });
});
