import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { guardAuthRoute, MAX_BODY_BYTES } from "./auth-route";

const ORIGIN = "http://localhost:3000";
// Before auth.config.ts reads it: the secret the guard verifies session cookies with.
const SECRET = vi.hoisted(() => (process.env.AUTH_SECRET = "auth-route-test-secret-auth-route-test-secret"));

/** What Auth.js would have received: the handler answers with the request it was given. */
const seen = guardAuthRoute(async (request) =>
  Response.json({ url: request.url, cookie: request.headers.get("cookie"), body: request.method === "POST" ? await request.text() : null }),
);

async function send(path: string, init: { method?: string; body?: string; type?: string; cookie?: string } = {}) {
  const headers = new Headers({ host: "localhost:3000" });
  if (init.type) headers.set("content-type", init.type);
  if (init.cookie) headers.set("cookie", init.cookie);
  const response = await seen(new NextRequest(`${ORIGIN}${path}`, { method: init.method ?? "GET", headers, body: init.body }));
  const json = (await response.json()) as { url: string; cookie: string | null; body: string | null; error?: string; message?: string };
  return { status: response.status, setCookies: response.headers.getSetCookie(), ...json };
}

describe("guardAuthRoute", () => {
  it.each([
    ["\\\\evil.test", "/dashboard"],
    ["%2F%2Fevil.test", "/dashboard"],
    ["javascript:alert(1)", "/dashboard"],
    ["data:text/html,hi", "/dashboard"],
    ["https://evil.test/x", "/dashboard"],
    ["/\\evil.test", "/dashboard"],
    ["/account?tab=1", "/account?tab=1"],
    [`${ORIGIN}/admin`, "/admin"],
  ])("reduces the query's callbackUrl %s to %s", async (raw, expected) => {
    const { url } = await send(`/api/auth/callback/nodemailer?token=t&callbackUrl=${encodeURIComponent(raw)}`);
    expect(new URL(url).searchParams.getAll("callbackUrl")).toEqual([expected]);
    expect(new URL(url).searchParams.get("token")).toBe("t");
  });

  it("reduces a repeated callbackUrl to one safe value (Auth.js reads the last)", async () => {
    const { url } = await send("/api/auth/signin?callbackUrl=/account&callbackUrl=javascript:alert(1)");
    expect(new URL(url).searchParams.getAll("callbackUrl")).toEqual(["/dashboard"]);
  });

  it("reduces callbackUrl in a form body (a newline cannot reach a header) and a JSON body, and keeps every other field", async () => {
    const form = await send("/api/auth/signout", {
      method: "POST",
      type: "application/x-www-form-urlencoded",
      body: new URLSearchParams({ csrfToken: "abc", callbackUrl: "/x\r\nSet-Cookie: a=b" }).toString(),
    });
    expect(Object.fromEntries(new URLSearchParams(form.body ?? ""))).toEqual({ csrfToken: "abc", callbackUrl: "/xSet-Cookie:%20a=b" });
    const json = await send("/api/auth/session", { method: "POST", type: "application/json", body: JSON.stringify({ csrfToken: "abc", callbackUrl: { evil: 1 } }) });
    expect(JSON.parse(json.body ?? "")).toEqual({ csrfToken: "abc", callbackUrl: "/dashboard" });
  });

  it("drops and clears a callback-URL cookie that leads off the site, and passes the others byte for byte", async () => {
    const { cookie, setCookies } = await send("/api/auth/session", {
      cookie: "theme=dark; authjs.callback-url=javascript%3Aalert(1); other=%7B%22a%22%7D; __Secure-authjs.callback-url=https%3A%2F%2Fevil.test",
    });
    expect(cookie).toBe("theme=dark; other=%7B%22a%22%7D");
    expect(setCookies).toEqual([
      "authjs.callback-url=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax",
      "__Secure-authjs.callback-url=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure",
    ]);
    const good = await send("/api/auth/session", { cookie: `authjs.callback-url=${encodeURIComponent(`${ORIGIN}/account`)}` });
    expect(good.cookie).toBe(`authjs.callback-url=${encodeURIComponent(`${ORIGIN}/account`)}`);
    expect(good.setCookies).toEqual([]);
  });

  it.each(["%2F%7F", "%2F%0D%0Ax", "%2F%0Aabc", "%2F%00x", "%2F%E2%80%A8x", "%2F%C2%85x", "%2F%E2%82%AC", "%2F%09%2Fevil.test"])(
    "drops and clears a same-site callback-URL cookie whose text Auth.js cannot put in a header: %s",
    async (value) => {
      const { cookie, setCookies } = await send("/api/auth/signout", { cookie: `theme=dark; authjs.callback-url=${value}` });
      expect(cookie).toBe("theme=dark");
      expect(setCookies).toEqual(["authjs.callback-url=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"]);
    },
  );

  it("passes on only the session cookie it verified: a planted sibling is dropped and cleared, the session kept", async () => {
    const token = await encode({ token: { sub: "user-1", sid: "s1" }, secret: SECRET, salt: "authjs.session-token" });
    const planted = await send("/api/auth/signout", { cookie: `authjs.session-tokens=x; authjs.session-token=${token}; theme=dark` });
    expect(planted.cookie).toBe(`authjs.session-token=${token}; theme=dark`);
    expect(planted.setCookies).toEqual(["authjs.session-tokens=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"]);
  });

  it("does not let a valid token under another name reach Auth.js (a signed-out cookie renamed to be linked to)", async () => {
    const token = await encode({ token: { sub: "victim", sid: "gone" }, secret: SECRET, salt: "authjs.session-token" });
    for (const name of ["authjs.session-tokenX", "authjs.session-token.01", "authjs.session-token..1", "authjs.session-token.-1"]) {
      const renamed = await send("/api/auth/callback/oidc?code=c&state=s", { cookie: `${name}=${token}` });
      expect(renamed.cookie, name).toBe("");
      expect(renamed.setCookies, name).toEqual([`${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`]);
    }
  });

  it("refuses a body over the limit with 413, and JSON that does not parse with 400", async () => {
    const big = await send("/api/auth/signin/nodemailer", { method: "POST", type: "application/x-www-form-urlencoded", body: `email=${"a".repeat(MAX_BODY_BYTES)}` });
    expect(big).toMatchObject({ status: 413, error: "payload_too_large" });
    const broken = await send("/api/auth/session", { method: "POST", type: "application/json", body: "{not json" });
    expect(broken).toMatchObject({ status: 400, error: "bad_request" });
  });

  it.each(["k0,victim@example.test", "Ada <victim@example.test>", "victim@example.test\r\nBcc: x@example.test", ""])(
    "refuses an email sign-in for %j with the form's sentence",
    async (email) => {
      const response = await send("/api/auth/signin/nodemailer", { method: "POST", type: "application/x-www-form-urlencoded", body: new URLSearchParams({ email, csrfToken: "x" }).toString() });
      expect(response.status).toBe(400);
      expect(response.error).toBe("invalid_email");
      expect(response.message).toMatch(/^Enter/);
    },
  );

  it("reads the provider the way Auth.js does, empty path segments and all", async () => {
    const response = await send("/api/auth/signin//nodemailer", { method: "POST", type: "application/x-www-form-urlencoded", body: "email=k0%2Cvictim%40example.test" });
    expect(response.status).toBe(400);
  });

  it("passes a plain address on to Auth.js", async () => {
    const response = await send("/api/auth/signin/nodemailer", { method: "POST", type: "application/x-www-form-urlencoded", body: "email=Ada%40Example.com&csrfToken=x" });
    expect(response.status).toBe(200);
    expect(response.body).toBe("email=Ada%40Example.com&csrfToken=x");
  });
});
