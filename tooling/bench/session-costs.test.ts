import { describe, expect, it } from "vitest";
import { NUMBER_SETTINGS } from "../../lib/env/settings";
import { sessionCookieOf, shortRefreshSettings } from "./session-costs";

describe("the session-cost server", () => {
  it("runs with every refresh interval of the settings table at its minimum", () => {
    const { env, seconds } = shortRefreshSettings();
    const refresh = Object.keys(NUMBER_SETTINGS).filter((name) => name.endsWith("REFRESH_SECONDS"));
    expect(Object.keys(env).sort()).toEqual(refresh.sort());
    expect(env.SESSION_REFRESH_SECONDS).toBe(String(NUMBER_SETTINGS.SESSION_REFRESH_SECONDS.min));
    expect(seconds).toBe(Math.max(...refresh.map((name) => NUMBER_SETTINGS[name as keyof typeof NUMBER_SETTINGS].min)));
  });

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
