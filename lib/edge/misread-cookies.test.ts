import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authJsAcceptsCallbackUrl } from "./callback-url-cookie";
import { cleanMisreadCookies } from "./misread-cookies";

const SECRET = "a-secret-a-secret-a-secret-a-secret-a-secret";
const headers = (cookie: string) => new Headers({ "x-forwarded-proto": "http", cookie });

describe("cleanMisreadCookies", () => {
  it("leaves a request with nothing misread as it is", async () => {
    const token = await encode({ token: { sub: "u" }, secret: SECRET, salt: "authjs.session-token" });
    const cleanup = await cleanMisreadCookies(headers(`a=1; authjs.session-token=${token}; authjs.callback-url=%2Fok`), [SECRET], authJsAcceptsCallbackUrl);
    expect(cleanup.session.token).toMatchObject({ sub: "u" });
    expect(cleanup.header).toBeUndefined();
    expect(cleanup.clearing).toEqual([]);
  });

  it("takes out a bad callback URL and a junk session chunk together, keeps the session and every other cookie", async () => {
    const token = await encode({ token: { sub: "u" }, secret: SECRET, salt: "authjs.session-token" });
    const cleanup = await cleanMisreadCookies(
      headers(`a=1; authjs.callback-url=javascript%3Aalert(1); authjs.session-token=${token}; authjs.session-token.0=junk; b=2`),
      [SECRET],
      authJsAcceptsCallbackUrl,
    );
    expect(cleanup.session.token).toMatchObject({ sub: "u" });
    expect(cleanup.header).toBe(`a=1; authjs.session-token=${token}; b=2`);
    expect(cleanup.clearing.map((cookie) => cookie.split("=")[0])).toEqual(["authjs.callback-url", "authjs.session-token.0"]);
  });
});
