import { describe, expect, it } from "vitest";
import { addressKey, clientAddress, clientKey, UNIDENTIFIED_CLIENT } from "./client-address";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("clientKey", () => {
  it("believes no header where no proxy is declared: a forged one buys no fresh budget", () => {
    for (const forged of ["198.51.100.1", "198.51.100.2", "2001:db8::1"]) {
      expect(clientKey(headers({ "x-forwarded-for": forged, "x-real-ip": forged }), {})).toBe(UNIDENTIFIED_CLIENT);
      expect(clientKey(headers({ "x-forwarded-for": forged, none: forged }), { CLIENT_IP_HEADER: "none" })).toBe(UNIDENTIFIED_CLIENT);
    }
  });

  it("on Vercel, reads the address Vercel's edge writes", () => {
    const env = { VERCEL: "1" };
    expect(clientKey(headers({ "x-vercel-forwarded-for": "203.0.113.7", "x-forwarded-for": "198.51.100.1" }), env)).toBe("ipv4:203.0.113.7");
    expect(clientKey(headers({ "x-forwarded-for": "198.51.100.1" }), env)).toBe(UNIDENTIFIED_CLIENT);
  });

  it("behind a declared proxy, takes the entry the proxy appended, whatever the client put before it", () => {
    const env = { CLIENT_IP_HEADER: "X-Forwarded-For" };
    expect(clientKey(headers({ "x-forwarded-for": "203.0.113.7" }), env)).toBe("ipv4:203.0.113.7");
    expect(clientKey(headers({ "x-forwarded-for": "198.51.100.1, 198.51.100.2, 203.0.113.7" }), env)).toBe("ipv4:203.0.113.7");
    expect(clientKey(headers({ "x-real-ip": "203.0.113.7" }), { CLIENT_IP_HEADER: "x-real-ip" })).toBe("ipv4:203.0.113.7");
  });

  it("puts a missing or unreadable declared header in the shared bucket", () => {
    const env = { CLIENT_IP_HEADER: "x-real-ip" };
    expect(clientKey(headers({}), env)).toBe(UNIDENTIFIED_CLIENT);
    for (const junk of ["", "unknown", "1.2.3", "0x7f.0.0.1", "1.2.3.4.5", "203.0.113.7\r\nx: y", "<script>"]) {
      expect(clientKey(headers({ "x-real-ip": junk.replace(/[\r\n]/g, "") }), env), junk).toBe(UNIDENTIFIED_CLIENT);
    }
  });
});

describe("addressKey", () => {
  it("keys IPv4 by address, IPv4-mapped IPv6 as IPv4, and IPv6 by its /64", () => {
    expect(addressKey("203.0.113.7")).toBe("ipv4:203.0.113.7");
    expect(addressKey("203.0.113.7:51234")).toBe("ipv4:203.0.113.7");
    expect(addressKey("::ffff:203.0.113.7")).toBe("ipv4:203.0.113.7");
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("ipv6:2001:db8:1:2::/64");
    expect(addressKey("[2001:db8:1:2:bbbb::9]:443")).toBe("ipv6:2001:db8:1:2::/64");
  });
});

describe("clientAddress", () => {
  it("is the trusted proxy's last entry as written, and nothing where no proxy is trusted or the entry is no address", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "198.51.100.1, 203.0.113.7" }), { CLIENT_IP_HEADER: "x-forwarded-for" })).toBe("203.0.113.7");
    expect(clientAddress(headers({ "x-real-ip": "[2001:db8::1]:443" }), { CLIENT_IP_HEADER: "x-real-ip" })).toBe("2001:db8::1");
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.7" }), {})).toBeUndefined();
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.7" }), { CLIENT_IP_HEADER: "none" })).toBeUndefined();
    expect(clientAddress(headers({ "x-real-ip": "<script>" }), { CLIENT_IP_HEADER: "x-real-ip" })).toBeUndefined();
  });
});
