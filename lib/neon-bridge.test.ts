import { describe, expect, it } from "vitest";
import { parseTarget } from "./neon-bridge";

describe("parseTarget", () => {
  it("accepts loopback targets in Neon's /v2?address= form", () => {
    expect(parseTarget("/v2?address=127.0.0.1:5432")).toEqual({ host: "127.0.0.1", port: 5432 });
    expect(parseTarget("/v2?address=localhost:54329")).toEqual({ host: "localhost", port: 54329 });
    expect(parseTarget("/v2?address=[::1]:5432")).toEqual({ host: "::1", port: 5432 });
  });

  it("refuses every other host, so the bridge cannot reach another machine", () => {
    expect(parseTarget("/v2?address=10.0.0.5:5432")).toBeUndefined();
    expect(parseTarget("/v2?address=db.example.com:5432")).toBeUndefined();
    expect(parseTarget("/v2?address=127.0.0.1.evil.com:5432")).toBeUndefined();
    expect(parseTarget("/v2")).toBeUndefined();
  });
});
