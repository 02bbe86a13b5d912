import { describe, expect, it } from "vitest";
import { authRouteSessionCookieName, clearingCookies, isSessionCookieName, sessionCookieName, withClearing } from "./session-cookie";

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
    expect(clearingCookies(["authjs.callback-url", "__Secure-authjs.session-token.1", "__Host-authjs.session-token"])).toEqual([
      "authjs.callback-url=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax",
      "__Secure-authjs.session-token.1=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure",
      "__Host-authjs.session-token=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure",
    ]);
  });

  it("leaves out a name no Set-Cookie header can carry", () => {
    expect(clearingCookies(["authjs.session-token x", "authjs.session-token\"", "authjs.session-tokenX"])).toEqual([
      "authjs.session-tokenX=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax",
    ]);
  });
});

describe("sessionCookieName and authRouteSessionCookieName", () => {
  it("follow AUTH_URL's scheme, else the forwarded protocol (https when unknown) or the route's URL, as Auth.js does", () => {
    const plain = new Headers({ "x-forwarded-proto": "http" });
    expect(sessionCookieName(plain, { AUTH_URL: "https://app.example" })).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName(new Headers({ "x-forwarded-proto": "https" }), { AUTH_URL: "http://localhost:3000" })).toBe("authjs.session-token");
    expect(sessionCookieName(plain, {})).toBe("authjs.session-token");
    expect(sessionCookieName(new Headers(), {})).toBe("__Secure-authjs.session-token");
    expect(authRouteSessionCookieName(new URL("http://localhost:3000/api/auth/session"), {})).toBe("authjs.session-token");
    expect(authRouteSessionCookieName(new URL("https://app.example/api/auth/session"), {})).toBe("__Secure-authjs.session-token");
    expect(authRouteSessionCookieName(new URL("http://internal:3000/api/auth/session"), { AUTH_URL: "https://app.example" })).toBe("__Secure-authjs.session-token");
  });
});

describe("withClearing", () => {
  it("adds the clearing cookies, except for a name the response sets itself", () => {
    const response = new Response(null, { status: 302, headers: [["set-cookie", "authjs.session-token=new; Path=/"]] });
    const out = withClearing(response, clearingCookies(["authjs.session-token", "authjs.session-tokenX"]));
    expect(out.status).toBe(302);
    expect(out.headers.getSetCookie()).toEqual(["authjs.session-token=new; Path=/", "authjs.session-tokenX=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"]);
  });
});
