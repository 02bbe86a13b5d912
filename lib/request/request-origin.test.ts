import { describe, expect, it } from "vitest";
import { originsOf } from "./request-origin";

const spoofed = new Headers({ host: "app.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });

describe("originsOf", () => {
  it("ignores X-Forwarded-* where no proxy is known to set them", () => {
    expect(originsOf(spoofed, {})).toEqual(["http://app.example"]);
    expect(originsOf(spoofed, { AUTH_URL: "https://app.example" })).toEqual(["https://app.example", "http://app.example"]);
  });

  it("believes the first X-Forwarded-* hop behind a trusted proxy (AUTH_TRUST_HOST or Vercel)", () => {
    const proxied = new Headers({ host: "internal:3000", "x-forwarded-host": "app.example, edge.internal", "x-forwarded-proto": "https" });
    expect(originsOf(proxied, { AUTH_TRUST_HOST: "1" })).toEqual(["https://app.example"]);
    expect(originsOf(proxied, { VERCEL: "1" })).toEqual(["https://app.example"]);
  });

  it("drops values that are not origins", () => {
    expect(originsOf(new Headers({ host: "bad host" }), { AUTH_URL: "not a url" })).toEqual([]);
  });
});
