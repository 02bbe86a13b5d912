import { describe, expect, it } from "vitest";
import { isCrossOriginServerAction } from "./server-action-origin";

const request = (headers: Record<string, string>, options: { method?: string; path?: string } = {}) => ({
  method: options.method ?? "POST",
  nextUrl: new URL(`http://localhost:3000${options.path ?? "/account"}`),
  headers: new Headers({ host: "localhost:3000", "next-action": "7f00", "content-type": "text/plain;charset=UTF-8", ...headers }),
});

describe("isCrossOriginServerAction (what Next.js would refuse with a 500)", () => {
  it.each(["http://evil.test", "null", "", "http://", "not a url", "http://localhost:3001", "http://localhost:3000.evil.test"])("refuses Origin %j", (origin) => {
    expect(isCrossOriginServerAction(request({ origin }))).toBe(true);
  });

  it("refuses a multipart form post to a page from another origin", () => {
    expect(isCrossOriginServerAction(request({ origin: "http://evil.test", "next-action": "", "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
  });

  it("passes this host's own pages, compared by host as Next.js does, and requests without Origin", () => {
    expect(isCrossOriginServerAction(request({ origin: "http://localhost:3000" }))).toBe(false);
    expect(isCrossOriginServerAction(request({ origin: "https://localhost:3000" }))).toBe(false);
    expect(isCrossOriginServerAction(request({}))).toBe(false);
  });

  it("compares with the first X-Forwarded-Host entry when a proxy sent one", () => {
    expect(isCrossOriginServerAction(request({ origin: "https://example.com", "x-forwarded-host": "example.com, internal:8080" }))).toBe(false);
    expect(isCrossOriginServerAction(request({ origin: "http://localhost:3000", "x-forwarded-host": "example.com" }))).toBe(true);
  });

  it("leaves alone what Next.js does not take for a server action: other methods, plain forms, API routes", () => {
    expect(isCrossOriginServerAction(request({ origin: "http://evil.test" }, { method: "GET" }))).toBe(false);
    const plainForm = { origin: "http://evil.test", "content-type": "application/x-www-form-urlencoded" };
    const headers = new Headers({ host: "localhost:3000", ...plainForm });
    expect(isCrossOriginServerAction({ method: "POST", nextUrl: new URL("http://localhost:3000/signin"), headers })).toBe(false);
    expect(isCrossOriginServerAction(request({ origin: "http://evil.test" }, { path: "/api/me" }))).toBe(false);
  });
});
