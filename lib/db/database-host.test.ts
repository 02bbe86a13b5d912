import { describe, expect, it } from "vitest";
import { isLoopbackHost, isNeonHost } from "./database-host";

describe("isNeonHost", () => {
  it("recognises Neon hosts from a hostname or a connection string", () => {
    expect(isNeonHost("ep-cool-name.eu-central-1.aws.neon.tech")).toBe(true);
    expect(isNeonHost("postgresql://u:p@ep-cool-name-pooler.eu-central-1.aws.neon.tech/app?sslmode=require")).toBe(true);
    expect(isNeonHost("postgresql://u:p@EP-X.NEON.BUILD/app")).toBe(true);
  });

  it("refuses look-alikes and other hosts", () => {
    expect(isNeonHost("neon.tech.evil.example")).toBe(false);
    expect(isNeonHost("evilneon.tech")).toBe(false);
    expect(isNeonHost("postgresql://u:p@127.0.0.1:5432/app")).toBe(false);
    expect(isNeonHost("postgresql://u:p@db.example.com/app?host=x.neon.tech")).toBe(false);
    expect(isNeonHost("not a url ://")).toBe(false);
  });
});

describe("isLoopbackHost", () => {
  it("accepts localhost, 127.0.0.0/8 and ::1 with or without brackets", () => {
    for (const host of ["localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "127.255.255.255", "::1", "[::1]"]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    expect(isLoopbackHost(new URL("postgresql://u:p@[::1]:5432/app").hostname)).toBe(true);
  });

  it("refuses every other host", () => {
    for (const host of ["10.0.0.5", "127.0.0.1.evil.com", "127.0.0.256", "localhost.evil.com", "::2", "", "0.0.0.0"]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
});
