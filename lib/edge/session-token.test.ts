// The reader against Auth.js's own writer and its own cookie store: every token next-auth encodes is
// read back; every token that is not the site's (tampered, expired, another secret) is none; every
// other cookie Auth.js would join into the session is set aside (the generated cases are in
// session-cookie-differential.test.ts).
import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { cookieHeaderWithout } from "./cookie-header";
import { clearableJunk, readSessionCookie } from "./session-token";
import { recallVerified } from "./verified-tokens";

const NAME = "authjs.session-token";
const OLD = "old-secret-old-secret-old-secret-old-secret";
const NEW = "new-secret-new-secret-new-secret-new-secret";
const claims = { sub: "user-1", email: "ada@example.test", name: "Ada", role: "admin" as const, sid: "s1", recheckAt: 1_900_000_000 };

const withCookies = (...pairs: [string, string][]) => new Headers({ cookie: pairs.map(([name, value]) => `${name}=${value}`).join("; ") });
const read = (headers: Headers, secrets = [OLD]) => readSessionCookie(headers, secrets, NAME);

describe("readSessionCookie", () => {
  it("has no token and nothing to set aside without a cookie", async () => {
    expect(await read(withCookies())).toMatchObject({ token: null, junk: [] });
  });

  it("reads what Auth.js wrote, with the secret it wrote with or any other of the rotation", async () => {
    const token = await encode({ token: claims, secret: OLD, salt: NAME });
    expect((await read(withCookies([NAME, token]))).token).toMatchObject(claims);
    expect((await read(withCookies([NAME, token]), [NEW, OLD])).token).toMatchObject(claims);
  });

  it("refuses another site's secret, another cookie name, a tampered, expired or unencrypted token", async () => {
    const token = await encode({ token: claims, secret: OLD, salt: NAME });
    expect((await read(withCookies([NAME, token]), [NEW])).token).toBeNull();
    expect((await readSessionCookie(withCookies([`__Secure-${NAME}`, token]), [OLD], `__Secure-${NAME}`)).token).toBeNull();
    const [header, key, iv, ciphertext = "", tag] = token.split(".");
    const at = Math.floor(ciphertext.length / 2);
    const flipped = `${ciphertext.slice(0, at)}${ciphertext[at] === "A" ? "B" : "A"}${ciphertext.slice(at + 1)}`;
    expect((await read(withCookies([NAME, [header, key, iv, flipped, tag].join(".")]))).token).toBeNull();
    expect((await read(withCookies([NAME, await encode({ token: claims, secret: OLD, salt: NAME, maxAge: -60 })]))).token).toBeNull();
    const unsigned = [{ alg: "none", typ: "JWT" }, claims].map((part) => Buffer.from(JSON.stringify(part)).toString("base64url")).join(".");
    expect((await read(withCookies([NAME, `${unsigned}.`]))).token).toBeNull();
  });

  it("reads a chunked cookie, in the order of its chunks", async () => {
    const token = await encode({ token: claims, secret: OLD, salt: NAME });
    const half = Math.floor(token.length / 2);
    const chunked = await read(withCookies([`${NAME}.1`, token.slice(half)], [`${NAME}.0`, token.slice(0, half)]));
    expect(chunked.token).toMatchObject(claims);
    expect(chunked.junk).toEqual([]);
  });

  it("sets aside every cookie Auth.js would join into the session, whatever its suffix", async () => {
    const token = await encode({ token: claims, secret: OLD, salt: NAME });
    const planted = await read(withCookies([NAME, token], [`${NAME}s`, "x"], [`${NAME}.01`, "y"], [`${NAME}X`, token], ["other", "z"]));
    expect(planted.token).toMatchObject(claims);
    expect(planted.junk.map((cookie) => cookie.name)).toEqual([`${NAME}s`, `${NAME}.01`, `${NAME}X`]);
    expect(clearableJunk(planted)).toEqual([`${NAME}s`, `${NAME}.01`, `${NAME}X`]);
    expect(planted.unreadable).toBeUndefined();
  });

  it("does not read a valid token under a name Auth.js only joins (the signed-out cookie renamed)", async () => {
    const token = await encode({ token: claims, secret: OLD, salt: NAME });
    const renamed = await read(withCookies([`${NAME}X`, token]));
    expect(renamed.token).toBeNull();
    expect(renamed.junk.map((cookie) => cookie.name)).toEqual([`${NAME}X`]);
  });

  it("keeps the session through cookies planted beside it: a junk chunk, a junk duplicate sent first", async () => {
    const token = await encode({ token: claims, secret: OLD, salt: NAME });
    const planted = await read(withCookies([NAME, token], [`${NAME}.0`, "junk"]));
    expect(planted.token).toMatchObject(claims);
    expect(clearableJunk(planted)).toEqual([`${NAME}.0`]);
    expect(cookieHeaderWithout(planted.cookies, planted.junk)).toBe(`${NAME}=${token}`);

    // Same name (a parent-domain cookie): passed over, but never "cleared", which would delete the real one.
    const duplicate = await read(withCookies([NAME, "junk"], [NAME, token]));
    expect(duplicate.token).toMatchObject(claims);
    expect(duplicate.junk.map((cookie) => cookie.value)).toEqual(["junk"]);
    expect(clearableJunk(duplicate)).toEqual([]);
  });

  it("remembers a token it decrypted, yet its expiry and the secrets still count at every read", async () => {
    vi.useFakeTimers({ now: new Date("2026-06-01T00:00:00Z"), toFake: ["Date"] });
    try {
      const token = await encode({ token: { ...claims, recheckAt: undefined }, secret: OLD, salt: NAME, maxAge: 60 });
      expect(recallVerified(token, [OLD], NAME)).toBeUndefined();
      expect((await read(withCookies([NAME, token]))).token).toMatchObject({ sub: "user-1" });
      expect(recallVerified(token, [OLD], NAME)).toMatchObject({ sub: "user-1" });
      const again = await read(withCookies([NAME, token]));
      expect(again.token).toMatchObject({ sub: "user-1" });
      // A copy each time: a caller changing its claims changes nothing for the next request.
      (again.token as { sub?: string }).sub = "someone-else";
      expect((await read(withCookies([NAME, token]))).token).toMatchObject({ sub: "user-1" });
      // Other secrets (another site, or the old one retired): refused.
      expect((await read(withCookies([NAME, token]), [NEW])).token).toBeNull();
      // Past its expiry and Auth.js's 15 s of skew: refused though it decrypted before.
      vi.setSystemTime(Date.now() + 80_000);
      expect((await read(withCookies([NAME, token]))).token).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
