// Reads the session the way Auth.js writes it, without running Auth.js: the cookie (its https name
// or its chunks), then the JWT inside, accepted exactly when @auth/core/jwt's `decode` would accept
// it (JWE "dir" with A256CBC-HS512, a key derived by HKDF from the secret and salted with the
// cookie's name, the key's thumbprint as `kid`, any of the rotation secrets). The difference: keys
// are derived and imported once per process, and the token Auth.js writes takes two WebCrypto
// operations (session-jwe.ts) where `decode` takes a dozen. The edge middleware and the Node side's
// session reads use this; sign-in, sign-out and the periodic check still go through Auth.js, which
// writes the cookie.
import { hkdf } from "@panva/hkdf";
import { base64url, calculateJwkThumbprint, jwtDecrypt } from "jose";
import type { JWT } from "next-auth/jwt";
import { CLOCK_SKEW_SECONDS } from "./constants";
import { parseCookieHeader, type RequestCookie } from "./cookie-header";
import { authJsJwe, tagMatches, validClaims } from "./session-jwe";
import { recallVerified, rememberVerified } from "./verified-tokens";
import type { Env } from "./env";

const SESSION_COOKIE = "authjs.session-token";

/**
 * The session cookie's name as Auth.js chooses it (@auth/core's createActionURL and
 * defaultCookies): `__Secure-` prefixed when the site's URL is https, that URL being AUTH_URL, or
 * the request's forwarded protocol (https when unknown).
 */
export function sessionCookieName(headers: Headers, env: Env = process.env): string {
  const siteUrl = env.AUTH_URL ?? env.NEXTAUTH_URL;
  const protocol = siteUrl ? new URL(siteUrl).protocol : `${(headers.get("x-forwarded-proto") ?? "https").replace(/:$/, "")}:`;
  return protocol === "https:" ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE;
}

const chunkIndex = (name: string) => Number(name.slice(name.lastIndexOf(".") + 1));

// Auth.js's content encryptions and their key lengths (bytes).
const KEY_LENGTH: Record<string, number> = { "A256CBC-HS512": 64, A256GCM: 32 };

type DerivedKey = { key: Uint8Array; kid: string };
// A handful of entries at most: (rotation secrets) × (two cookie names) × (two encryptions).
const derivedKeys = new Map<string, Promise<DerivedKey>>();

function derivedKey(secret: string, salt: string, enc: string): Promise<DerivedKey> {
  const length = KEY_LENGTH[enc];
  if (!length) return Promise.reject(new Error(`unsupported JWT content encryption ${enc}`));
  const id = `${enc}\u0000${salt}\u0000${secret}`;
  let entry = derivedKeys.get(id);
  if (!entry) {
    entry = (async () => {
      const key = await hkdf("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, length);
      const kid = await calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, `sha${length << 3}` as "sha256" | "sha512");
      return { key, kid };
    })();
    // A failure must not stay cached.
    entry.catch(() => derivedKeys.delete(id));
    derivedKeys.set(id, entry);
  }
  return entry;
}

/** Decrypts a session token; null when it is not one of ours. */
export type SessionTokenDecoder = (token: string, secrets: readonly string[], salt: string) => Promise<JWT | null>;

/** jose's general path, for any token not of the shape Auth.js writes (session-jwe.ts). */
export const decodeAnySessionToken: SessionTokenDecoder = async (token, secrets, salt) => {
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt<JWT>(
      token,
      async ({ kid, enc }) => {
        for (const secret of secrets) {
          const derived = await derivedKey(secret, salt, enc);
          if (kid === undefined || kid === derived.kid) return derived.key;
        }
        throw new Error("no matching decryption secret");
      },
      // Auth.js's own options: its clock skew, only its key management and encryptions.
      { clockTolerance: CLOCK_SKEW_SECONDS, keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256CBC-HS512", "A256GCM"] },
    );
    return payload;
  } catch {
    return null;
  }
};

type WebCryptoKeys = { kid: string; mac: CryptoKey; enc: CryptoKey };
const webCryptoKeys = new Map<string, Promise<WebCryptoKeys>>();

/** The A256CBC-HS512 key as WebCrypto keys, imported once: the first half signs, the second decrypts. */
function cbcKeys(secret: string, salt: string): Promise<WebCryptoKeys> {
  const id = `${salt}\u0000${secret}`;
  let entry = webCryptoKeys.get(id);
  if (!entry) {
    entry = derivedKey(secret, salt, "A256CBC-HS512").then(async ({ key, kid }) => ({
      kid,
      mac: await crypto.subtle.importKey("raw", key.slice(0, 32), { name: "HMAC", hash: "SHA-512" }, false, ["sign"]),
      enc: await crypto.subtle.importKey("raw", key.slice(32), { name: "AES-CBC" }, false, ["decrypt"]),
    }));
    entry.catch(() => webCryptoKeys.delete(id));
    webCryptoKeys.set(id, entry);
  }
  return entry;
}

/** The token's claims, or null when it is not one of ours: tampered, expired, another secret, garbage. */
export const decodeSessionToken: SessionTokenDecoder = async (token, secrets, salt) => {
  const jwe = authJsJwe(token);
  if (!jwe) return decodeAnySessionToken(token, secrets, salt);
  for (const secret of secrets) {
    const keys = await cbcKeys(secret, salt);
    if (keys.kid !== jwe.kid) continue;
    try {
      const hmac = new Uint8Array(await crypto.subtle.sign("HMAC", keys.mac, jwe.macInput));
      if (!tagMatches(hmac, jwe.tag)) return null;
      const plaintext = new Uint8Array(await crypto.subtle.decrypt({ name: "AES-CBC", iv: jwe.iv }, keys.enc, jwe.ciphertext));
      return validClaims(plaintext) ?? null;
    } catch {
      return null;
    }
  }
  return null;
};

export type SessionCookieRead = {
  /** The session's claims, or null when no session cookie holds a valid token. */
  token: JWT | null;
  /**
   * The session cookies that are not part of `token`: expired, tampered, another site's, or planted
   * beside the real one by a sibling subdomain. Auth.js joins every cookie whose name starts with the
   * session cookie's (its SessionStore) and would see garbage, signing the person out: these are to
   * be left out of the request Auth.js reads, and cleared in the browser where they can be.
   */
  junk: RequestCookie[];
  /** The cookies of the request, in the browser's order (for cookieHeaderWithout). */
  cookies: RequestCookie[];
};

/**
 * The request's session token, read with the site's secrets (newest first, as Auth.js takes them).
 * The candidates, in order: each cookie with the session cookie's exact name (a planted duplicate
 * may come first), then its chunks (`name.0`, `name.1`…) joined; the first that decrypts wins. A
 * token this process decrypted before is not decrypted again (verified-tokens.ts).
 * `decode`: the Node side passes a faster one of its own (lib/auth/session-token-node.ts).
 */
export async function readSessionCookie(
  headers: Headers,
  secrets: readonly string[],
  options: { env?: Env; decode?: SessionTokenDecoder } = {},
): Promise<SessionCookieRead> {
  const { env = process.env, decode = decodeSessionToken } = options;
  const name = sessionCookieName(headers, env);
  const cookies = parseCookieHeader(headers.get("cookie") ?? "");
  const whole = cookies.filter((cookie) => cookie.name === name && cookie.value);
  const chunks = cookies
    .filter((cookie) => isChunkOf(cookie.name, name) && cookie.value)
    .sort((a, b) => chunkIndex(a.name) - chunkIndex(b.name));
  const candidates: RequestCookie[][] = [...whole.map((cookie) => [cookie]), ...(chunks.length ? [chunks] : [])];
  const ours = [...whole, ...chunks];
  for (const candidate of candidates) {
    const text = candidate.map((cookie) => cookie.value).join("");
    let token = recallVerified(text, secrets, name);
    if (!token) {
      token = (await decode(text, secrets, name)) ?? undefined;
      if (token) rememberVerified(text, secrets, name, token);
    }
    if (token) return { token, junk: ours.filter((cookie) => !candidate.includes(cookie)), cookies };
  }
  return { token: null, junk: ours, cookies };
}

const isChunkOf = (cookieName: string, name: string) => cookieName.startsWith(`${name}.`) && /^\d+$/.test(cookieName.slice(name.length + 1));

/** The junk cookies' names that can be deleted without deleting the one in use (a duplicate shares its name). */
export function clearableJunk(read: SessionCookieRead): string[] {
  const inUse = new Set(read.token ? read.cookies.filter((cookie) => !read.junk.includes(cookie)).map((cookie) => cookie.name) : []);
  return [...new Set(read.junk.map((cookie) => cookie.name))].filter((name) => !inUse.has(name));
}
