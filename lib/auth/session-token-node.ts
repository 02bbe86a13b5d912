// The Node side's session-token decoder: the token Auth.js writes (lib/edge/session-jwe.ts) checked
// and decrypted with node:crypto, synchronously, in about 13 µs, where WebCrypto's operations each
// make a round trip through the thread pool; on every page a signed-in person opens. A token of any
// other shape goes to jose (decodeAnySessionToken), which refuses what Auth.js refuses. Keys are
// derived once per process.
import { createDecipheriv, createHash, createHmac, hkdfSync } from "node:crypto";
import { headers } from "next/headers";
import { authConfig } from "@/auth.config";
import { authJsJwe, tagMatches, validClaims } from "../edge/session-jwe";
import { decodeAnySessionToken, readSessionCookie, type SessionCookieRead, type SessionTokenDecoder } from "../edge/session-token";

type Key = { mac: Buffer; enc: Buffer; kid: string };
const keys = new Map<string, Key>();

function keyFor(secret: string, salt: string): Key {
  const id = `${salt}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    // As @auth/core/jwt derives it: 64 bytes, the first half the MAC key, the second the AES key; its
    // `kid` is the key's RFC 7638 thumbprint, with SHA-512 for a 64-byte key.
    const raw = Buffer.from(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64));
    const kid = createHash("sha512").update(JSON.stringify({ k: raw.toString("base64url"), kty: "oct" })).digest("base64url");
    key = { mac: raw.subarray(0, 32), enc: raw.subarray(32), kid };
    keys.set(id, key);
  }
  return key;
}

export const decodeSessionTokenOnNode: SessionTokenDecoder = async (token, secrets, salt) => {
  const jwe = authJsJwe(token);
  if (!jwe) return decodeAnySessionToken(token, secrets, salt);
  const key = secrets.map((secret) => keyFor(secret, salt)).find(({ kid }) => kid === jwe.kid);
  if (!key || !tagMatches(createHmac("sha512", key.mac).update(jwe.macInput).digest(), jwe.tag)) return null;
  try {
    const decipher = createDecipheriv("aes-256-cbc", key.enc, jwe.iv);
    return validClaims(Buffer.concat([decipher.update(jwe.ciphertext), decipher.final()])) ?? null;
  } catch {
    return null;
  }
};

/** The session cookie of the request being handled (server components, server actions, route handlers). */
export async function readRequestSession(): Promise<SessionCookieRead> {
  return readSessionCookie(await headers(), authConfig.secret ?? [], { decode: decodeSessionTokenOnNode });
}
