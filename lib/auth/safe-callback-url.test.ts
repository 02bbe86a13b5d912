import { describe, expect, it } from "vitest";
import { DEFAULT_CALLBACK_URL, safeCallbackUrl } from "./safe-callback-url";

const site = "https://app.example.com";
const safe = (raw: string | null | undefined) => safeCallbackUrl(raw, [site]);

describe("safeCallbackUrl", () => {
  it("keeps a path on this site with its search and hash", () => {
    expect(safe("/account")).toBe("/account");
    expect(safe("/admin/users?page=2#top")).toBe("/admin/users?page=2#top");
    expect(safe("/")).toBe("/");
  });

  it("turns an absolute URL on one of the given origins into its path", () => {
    expect(safe(`${site}/account?tab=passkeys#new`)).toBe("/account?tab=passkeys#new");
    expect(safeCallbackUrl("http://localhost:3000/x", [site, "http://localhost:3000"])).toBe("/x");
  });

  it("refuses other origins, including look-alikes of this one", () => {
    expect(safe("https://evil.example/account")).toBe(DEFAULT_CALLBACK_URL);
    expect(safe("http://app.example.com/account")).toBe(DEFAULT_CALLBACK_URL);
    expect(safe("https://app.example.com.evil.example/")).toBe(DEFAULT_CALLBACK_URL);
    expect(safe("https://app.example.com@evil.example/")).toBe(DEFAULT_CALLBACK_URL);
  });

  it("refuses protocol-relative paths the browser would read as another host", () => {
    expect(safe("//evil.example")).toBe(DEFAULT_CALLBACK_URL);
    expect(safe("/\\evil.example")).toBe(DEFAULT_CALLBACK_URL);
  });

  it("refuses tabs and newlines that the URL parser drops", () => {
    expect(safe("/\t/evil.example")).toBe(DEFAULT_CALLBACK_URL);
    expect(safe("/\n/evil.example")).toBe(DEFAULT_CALLBACK_URL);
    expect(safe("/\r\n/evil.example")).toBe(DEFAULT_CALLBACK_URL);
  });

  it("refuses script URLs", () => {
    expect(safe("javascript:alert(1)")).toBe(DEFAULT_CALLBACK_URL);
    expect(safe("JavaScript:alert(1)//")).toBe(DEFAULT_CALLBACK_URL);
  });

  it("refuses paths that only become protocol-relative once resolved", () => {
    for (const raw of [
      "/.//evil.com",
      "/%2e//evil.com",
      "/a/..//evil.com",
      `${site}//evil.com`,
      `${site}/\\evil.com`,
    ]) {
      expect(safe(raw), raw).toBe(DEFAULT_CALLBACK_URL);
    }
  });

  it("falls back to the default when there is no value", () => {
    expect(safe("")).toBe(DEFAULT_CALLBACK_URL);
    expect(safe(undefined)).toBe(DEFAULT_CALLBACK_URL);
    expect(safe(null)).toBe(DEFAULT_CALLBACK_URL);
  });
});
