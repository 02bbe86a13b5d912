// The two fast decoders (the edge's WebCrypto one, the Node side's node:crypto one) against jose's
// general path, on the tokens Auth.js writes and on every way to get one wrong: for each token all
// three must answer the same (the same claims, or null).
import { createCipheriv, createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { EncryptJWT, base64url, calculateJwkThumbprint } from "jose";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeAnySessionToken, decodeSessionToken } from "../edge/session-token";
import { decodeSessionTokenOnNode } from "./session-token-node";

const SALT = "authjs.session-token";
const SECRET = "first-secret-first-secret-first-secret-1234";
const OTHER = "other-secret-other-secret-other-secret-1234";
const claims = { sub: "user-1", email: "ada@example.test", name: "Ada", role: "user", sid: "s1", recheckAt: 1_900_000_000 };
const now = () => Math.floor(Date.now() / 1000);

const raw = (secret: string, length = 64) => Buffer.from(hkdfSync("sha256", secret, SALT, `Auth.js Generated Encryption Key (${SALT})`, length));
const kidOf = (key: Buffer) => createHash("sha512").update(JSON.stringify({ k: key.toString("base64url"), kty: "oct" })).digest("base64url");

/** A compact A256CBC-HS512 JWE of any plaintext and header, written by hand, to say what Auth.js never would. */
function handmade(plaintext: Buffer, header: Record<string, unknown>, secret = SECRET): string {
  const key = raw(secret);
  const protectedHeader = Buffer.from(JSON.stringify(header)).toString("base64url");
  const iv = randomBytes(16);
  const cipher = createCipheriv("aes-256-cbc", key.subarray(32), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const aad = Buffer.from(protectedHeader, "ascii");
  const bits = Buffer.alloc(8);
  bits.writeBigUInt64BE(BigInt(aad.length) * 8n);
  const tag = createHmac("sha512", key.subarray(0, 32)).update(aad).update(iv).update(ciphertext).update(bits).digest().subarray(0, 32);
  return [protectedHeader, "", iv.toString("base64url"), ciphertext.toString("base64url"), tag.toString("base64url")].join(".");
}

const flip = (part: string) => {
  const at = Math.floor(part.length / 2);
  return `${part.slice(0, at)}${part[at] === "A" ? "B" : "A"}${part.slice(at + 1)}`;
};

async function corpus(): Promise<[string, string][]> {
  const valid = await encode({ token: claims, secret: SECRET, salt: SALT });
  const [h = "", k = "", iv = "", ct = "", tag = ""] = valid.split(".");
  const header = { alg: "dir", enc: "A256CBC-HS512", kid: kidOf(raw(SECRET)) };
  const gcmKey = raw(SECRET, 32);
  const gcm = await new EncryptJWT(claims)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM", kid: await calculateJwkThumbprint({ kty: "oct", k: base64url.encode(gcmKey) }, "sha256") })
    .setExpirationTime(now() + 60)
    .encrypt(gcmKey);
  return [
    ["valid", valid],
    ["valid, another secret of the rotation", await encode({ token: claims, secret: OTHER, salt: SALT })],
    ["expired a minute ago", await encode({ token: claims, secret: SECRET, salt: SALT, maxAge: -60 })],
    ["expired within the clock tolerance", await encode({ token: claims, secret: SECRET, salt: SALT, maxAge: -5 })],
    ["another site's secret", await encode({ token: claims, secret: "x".repeat(44), salt: SALT })],
    ["another cookie name", await encode({ token: claims, secret: SECRET, salt: `__Secure-${SALT}` })],
    ["header tampered", [flip(h), k, iv, ct, tag].join(".")],
    ["iv tampered", [h, k, flip(iv), ct, tag].join(".")],
    ["ciphertext tampered", [h, k, iv, flip(ct), tag].join(".")],
    ["tag tampered", [h, k, iv, ct, flip(tag)].join(".")],
    ["tag truncated", [h, k, iv, ct, tag.slice(0, 20)].join(".")],
    ["an encrypted key where dir has none", [h, "AAAA", iv, ct, tag].join(".")],
    ["four parts", [h, k, iv, ct].join(".")],
    ["A256GCM, which Auth.js also reads", gcm],
    ["no kid", handmade(Buffer.from(JSON.stringify({ ...claims, exp: now() + 60 })), { alg: "dir", enc: "A256CBC-HS512" })],
    ["a zip header", handmade(Buffer.from(JSON.stringify(claims)), { ...header, zip: "DEF" })],
    ["a crit header", handmade(Buffer.from(JSON.stringify(claims)), { ...header, crit: ["b64"], b64: false })],
    ["alg none", [Buffer.from('{"alg":"none"}').toString("base64url"), Buffer.from(JSON.stringify(claims)).toString("base64url"), ""].join(".")],
    ["a payload that is not an object", handmade(Buffer.from("[1,2]"), header)],
    ["a payload that is not JSON", handmade(Buffer.from("not json"), header)],
    ["a payload that is not UTF-8", handmade(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]), header)],
    ["exp not a number", handmade(Buffer.from(JSON.stringify({ ...claims, exp: "never" })), header)],
    ["iat not a number", handmade(Buffer.from(JSON.stringify({ ...claims, iat: "x" })), header)],
    ["not valid before an hour from now", handmade(Buffer.from(JSON.stringify({ ...claims, nbf: now() + 3600 })), header)],
    ["not valid before ten seconds from now (tolerated)", handmade(Buffer.from(JSON.stringify({ ...claims, nbf: now() + 10 })), header)],
    ["no times at all", handmade(Buffer.from(JSON.stringify(claims)), header)],
    ["garbage", "not.a.token"],
    ["empty", ""],
  ];
}

describe("the session-token decoders", () => {
  it("answer exactly as jose does, for every token in the corpus", async () => {
    for (const [what, token] of await corpus()) {
      const jose = await decodeAnySessionToken(token, [SECRET, OTHER], SALT);
      expect(await decodeSessionToken(token, [SECRET, OTHER], SALT), `edge: ${what}`).toEqual(jose);
      expect(await decodeSessionTokenOnNode(token, [SECRET, OTHER], SALT), `node: ${what}`).toEqual(jose);
    }
  });

  it("read Auth.js's tokens, and refuse the others (the corpus is not all null)", async () => {
    const answers = new Map<string, unknown>();
    for (const [what, token] of await corpus()) answers.set(what, await decodeSessionTokenOnNode(token, [SECRET, OTHER], SALT));
    expect(answers.get("valid")).toMatchObject(claims);
    expect(answers.get("valid, another secret of the rotation")).toMatchObject(claims);
    expect(answers.get("A256GCM, which Auth.js also reads")).toMatchObject(claims);
    for (const refused of ["expired a minute ago", "another site's secret", "ciphertext tampered", "tag tampered", "alg none", "a payload that is not an object"]) {
      expect(answers.get(refused), refused).toBeNull();
    }
  });
});
