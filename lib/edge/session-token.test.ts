// The reader against Auth.js's own writer: every token next-auth encodes, this decodes to the same
// claims; every token that is not the site's (tampered, expired, another secret, unencrypted) is null.
import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { cookieHeaderWithout } from "./cookie-header";
import { clearableJunk, decodeSessionToken, readSessionCookie, sessionCookieName, type SessionTokenDecoder } from "./session-token";

const SALT = "authjs.session-token";
const OLD = "old-secret-old-secret-old-secret-old-secret";
const NEW = "new-secret-new-secret-new-secret-new-secret";
const claims = { sub: "user-1", email: "ada@example.test", name: "Ada", role: "admin" as const, sid: "s1", recheckAt: 1_900_000_000 };

describe("decodeSessionToken", () => {
  it("reads what Auth.js wrote, with the secret it wrote with or any other of the rotation", async () => {
    const token = await encode({ token: claims, secret: OLD, salt: SALT });
    expect(await decodeSessionToken(token, [OLD], SALT)).toMatchObject(claims);
    expect(await decodeSessionToken(token, [NEW, OLD], SALT)).toMatchObject(claims);
    // A second read takes the key derived by the first: same answer.
    expect(await decodeSessionToken(token, [NEW, OLD], SALT)).toMatchObject(claims);
  });

  it("refuses another site's secret, another cookie name, a tampered or truncated token, and garbage", async () => {
    const token = await encode({ token: claims, secret: OLD, salt: SALT });
    expect(await decodeSessionToken(token, [NEW], SALT)).toBeNull();
    expect(await decodeSessionToken(token, [OLD], `__Secure-${SALT}`)).toBeNull();
    const [header, key, iv, ciphertext, tag] = token.split(".");
    // One character in the middle, changed: every bit of it is significant (the last one's may not be).
    const at = Math.floor((ciphertext ?? "").length / 2);
    const flipped = `${ciphertext?.slice(0, at)}${ciphertext?.[at] === "A" ? "B" : "A"}${ciphertext?.slice(at + 1)}`;
    expect(await decodeSessionToken([header, key, iv, flipped, tag].join("."), [OLD], SALT)).toBeNull();
    expect(await decodeSessionToken(token.slice(0, -10), [OLD], SALT)).toBeNull();
    expect(await decodeSessionToken("not.a.jwt", [OLD], SALT)).toBeNull();
    expect(await decodeSessionToken("", [OLD], SALT)).toBeNull();
  });

  it("refuses an expired token and an unencrypted one", async () => {
    expect(await decodeSessionToken(await encode({ token: claims, secret: OLD, salt: SALT, maxAge: -60 }), [OLD], SALT)).toBeNull();
    const unsigned = [{ alg: "none", typ: "JWT" }, claims].map((part) => Buffer.from(JSON.stringify(part)).toString("base64url")).join(".");
    expect(await decodeSessionToken(`${unsigned}.`, [OLD], SALT)).toBeNull();
  });
});

describe("sessionCookieName", () => {
  it("follows AUTH_URL's scheme, else the forwarded protocol, https when unknown, as Auth.js does", () => {
    const plain = new Headers({ "x-forwarded-proto": "http" });
    expect(sessionCookieName(plain, { AUTH_URL: "https://app.example" })).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName(new Headers({ "x-forwarded-proto": "https" }), { AUTH_URL: "http://localhost:3000" })).toBe("authjs.session-token");
    expect(sessionCookieName(plain, {})).toBe("authjs.session-token");
    expect(sessionCookieName(new Headers(), {})).toBe("__Secure-authjs.session-token");
  });
});

describe("readSessionCookie", () => {
  const withCookies = (...pairs: [string, string][]) =>
    new Headers({ "x-forwarded-proto": "http", cookie: pairs.map(([name, value]) => `${name}=${value}`).join("; ") });

  it("has no token and nothing to clear without a cookie", async () => {
    expect(await readSessionCookie(withCookies(), [OLD], { env: {} })).toMatchObject({ token: null, junk: [] });
  });

  it("reads a chunked cookie, in the order of its chunks", async () => {
    const token = await encode({ token: claims, secret: OLD, salt: SALT });
    const half = Math.floor(token.length / 2);
    const read = await readSessionCookie(withCookies(["authjs.session-token.1", token.slice(half)], ["authjs.session-token.0", token.slice(0, half)]), [OLD], { env: {} });
    expect(read.token).toMatchObject(claims);
    expect(read.junk).toEqual([]);
  });

  it("names the cookies that hold no valid token, so they can be left out and cleared", async () => {
    const read = await readSessionCookie(withCookies(["authjs.session-token", "forged"], ["other", "x"]), [OLD], { env: {} });
    expect(read.token).toBeNull();
    expect(read.junk.map((cookie) => cookie.name)).toEqual(["authjs.session-token"]);
    expect(clearableJunk(read)).toEqual(["authjs.session-token"]);
  });

  it("keeps the session through cookies planted beside it: a junk chunk, a junk duplicate sent first", async () => {
    const token = await encode({ token: claims, secret: OLD, salt: SALT });
    const planted = await readSessionCookie(withCookies(["authjs.session-token", token], ["authjs.session-token.0", "junk"]), [OLD], { env: {} });
    expect(planted.token).toMatchObject(claims);
    expect(planted.junk.map((cookie) => cookie.value)).toEqual(["junk"]);
    expect(clearableJunk(planted)).toEqual(["authjs.session-token.0"]);
    expect(cookieHeaderWithout(planted.cookies, planted.junk)).toBe(`authjs.session-token=${token}`);

    // Same name (a parent-domain cookie): passed over, but never "cleared", which would delete the real one.
    const duplicate = await readSessionCookie(withCookies(["authjs.session-token", "junk"], ["authjs.session-token", token]), [OLD], { env: {} });
    expect(duplicate.token).toMatchObject(claims);
    expect(duplicate.junk.map((cookie) => cookie.value)).toEqual(["junk"]);
    expect(clearableJunk(duplicate)).toEqual([]);
  });

  it("decrypts a token once: read again, it costs no decryption, yet its expiry and the secrets still count", async () => {
    vi.useFakeTimers({ now: new Date("2026-06-01T00:00:00Z"), toFake: ["Date"] });
    try {
      let decryptions = 0;
      const decode: SessionTokenDecoder = (...args) => (decryptions++, decodeSessionToken(...args));
      const token = await encode({ token: { ...claims, recheckAt: undefined }, secret: OLD, salt: SALT, maxAge: 60 });
      const read = (secrets: string[]) => readSessionCookie(withCookies(["authjs.session-token", token]), secrets, { env: {}, decode });

      expect((await read([OLD])).token).toMatchObject({ sub: "user-1" });
      const again = await read([OLD]);
      expect(again.token).toMatchObject({ sub: "user-1" });
      expect(decryptions).toBe(1);
      // A copy each time: a caller changing its claims changes nothing for the next request.
      (again.token as { sub?: string }).sub = "someone-else";
      expect((await read([OLD])).token).toMatchObject({ sub: "user-1" });

      // Other secrets (another site, or the old one retired): decrypted with those, and refused.
      expect((await read([NEW])).token).toBeNull();
      expect(decryptions).toBe(2);

      // Past its expiry and Auth.js's 15 s of skew: refused though it decrypted before.
      vi.setSystemTime(Date.now() + 80_000);
      expect((await read([OLD])).token).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
