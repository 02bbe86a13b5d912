import { describe, expect, it } from "vitest";
import { authJsAcceptsCallbackUrl, refusedCallbackUrlCookies } from "./callback-url-cookie";
import { parseCookieHeader } from "./cookie-header";

describe("authJsAcceptsCallbackUrl (Auth.js's own test, which answers 500 when it fails)", () => {
  it("accepts paths and http(s) URLs, and nothing else", () => {
    for (const value of ["/dashboard", "http://localhost:3000/x", "https://evil.test"]) expect(authJsAcceptsCallbackUrl(value), value).toBe(true);
    for (const value of ["javascript:alert(1)", "data:text/html,x", "\\\\evil.test", "%2F%2Fevil.test", "evil", ""]) expect(authJsAcceptsCallbackUrl(value), value).toBe(false);
  });

  it("refuses text a Location header cannot carry: controls, DEL, line separators, anything past ASCII", () => {
    const planted = ["/\x7f", "/\r\nx", "/\nabc", "/\x00x", "/\u2028x", "/\u2029x", "/\u0085x", "/\tx", "/ x", "/\u20ac", "/caf\u00e9", `http://localhost:3000/\x1b`];
    for (const value of planted) expect(authJsAcceptsCallbackUrl(value), JSON.stringify(value)).toBe(false);
    // The same targets, as a URL serializer writes them.
    for (const value of ["/%7F", "/%0D%0Ax", "/%E2%80%A8x", "/caf%C3%A9", "http://localhost:3000/a?b=c%20d#e"]) expect(authJsAcceptsCallbackUrl(value), value).toBe(true);
  });
});

describe("refusedCallbackUrlCookies", () => {
  it("picks every callback-URL cookie the rule refuses, decoded as Auth.js decodes it", () => {
    const cookies = parseCookieHeader("a=1; authjs.callback-url=javascript%3Aalert(1); b=%7Bx%7D; __Secure-authjs.callback-url=%2Fok; authjs.callback-url=vbscript:x");
    expect(refusedCallbackUrlCookies(cookies, authJsAcceptsCallbackUrl).map(({ name, value }) => [name, value])).toEqual([
      ["authjs.callback-url", "javascript:alert(1)"],
      ["authjs.callback-url", "vbscript:x"],
    ]);
  });
});
