import { describe, expect, it } from "vitest";
import { withoutRolledSessionCookie } from "./session-cookie";

const respond = (...cookies: string[]) => {
  const headers = new Headers({ "x-middleware-rewrite": "/forbidden" });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response("body", { status: 403, headers });
};

describe("withoutRolledSessionCookie", () => {
  it("drops a re-issued session cookie and keeps everything else", async () => {
    const response = withoutRolledSessionCookie(
      respond(
        "authjs.session-token=eyJhbGciOi; Path=/; HttpOnly; SameSite=Lax",
        "__Secure-authjs.session-token.1=more; Path=/; Secure; HttpOnly",
        "authjs.callback-url=http%3A%2F%2Flocalhost; Path=/",
      ),
    );
    expect(response.headers.getSetCookie()).toEqual(["authjs.callback-url=http%3A%2F%2Flocalhost; Path=/"]);
    expect(response.status).toBe(403);
    expect(response.headers.get("x-middleware-rewrite")).toBe("/forbidden");
    expect(await response.text()).toBe("body");
  });

  it("keeps cookies that end a session", () => {
    const ending = [
      "authjs.session-token=; Path=/; Max-Age=0; HttpOnly",
      "__Secure-authjs.session-token.0=stale; Path=/; Max-Age=0; Secure",
    ];
    expect(withoutRolledSessionCookie(respond(...ending)).headers.getSetCookie()).toEqual(ending);
  });
});
