import { describe, expect, it } from "vitest";
import { sessionCookieOf } from "./session-costs";

describe("the session-cost server", () => {
  it("keeps only the session cookie, in chunks too, and over https", () => {
    const setCookies = [
      "authjs.csrf-token=abc; Path=/; HttpOnly",
      "authjs.session-token.0=part0; Path=/; HttpOnly",
      "authjs.session-token.1=part1; Path=/; HttpOnly",
      "__Secure-authjs.session-token=whole; Path=/; Secure",
    ];
    expect(sessionCookieOf(setCookies)).toBe("authjs.session-token.0=part0; authjs.session-token.1=part1; __Secure-authjs.session-token=whole");
    expect(sessionCookieOf(["authjs.callback-url=x"])).toBe("");
  });
});
