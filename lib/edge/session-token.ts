// Reads the session the way Auth.js writes it, without running Auth.js: the cookie (its https name
// or its chunks), then the JWT inside, decrypted exactly as @auth/core/jwt's `decode` does (JWE "dir"
// with A256CBC-HS512, a key derived by HKDF from the secret and salted with the cookie's name, the
// key's thumbprint as `kid`, any of the rotation secrets). The difference: each key and thumbprint
// is derived once per process, where `decode` derives them again on every call. The edge middleware
// and the Node side's session reads use this; sign-in, sign-out and the periodic check still go
// through Auth.js, which writes the cookie.
import { hkdf } from "@panva/hkdf";
import { base64url, calculateJwkThumbprint, jwtDecrypt } from "jose";
import type { JWT } from "next-auth/jwt";

type Env = Record<string, string | undefined>;

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

type CookieReader = { getAll(): { name: string; value: string }[] };

/**
 * The cookie's value, joined from its chunks (`name.0`, `name.1`…) when Auth.js split it; like
 * Auth.js's SessionStore, every cookie whose name starts with `name` counts, ordered by suffix.
 * Also the names read, so that a cookie that turns out unreadable can be cleared.
 */
export function sessionCookieValue(cookies: CookieReader, name: string): { value: string; names: string[] } {
  const chunks = cookies
    .getAll()
    .filter((cookie) => cookie.name.startsWith(name) && cookie.value)
    .sort((a, b) => chunkIndex(a.name) - chunkIndex(b.name));
  return { value: chunks.map((chunk) => chunk.value).join(""), names: chunks.map((chunk) => chunk.name) };
}

const chunkIndex = (name: string) => parseInt(name.split(".").pop() ?? "0", 10) || 0;

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

/** The token's claims, or null when it is not one of ours: tampered, expired, another secret, garbage. */
export async function decodeSessionToken(token: string, secrets: readonly string[], salt: string): Promise<JWT | null> {
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
      // Auth.js's own options: 15 s of clock skew, only its key management and encryptions.
      { clockTolerance: 15, keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256CBC-HS512", "A256GCM"] },
    );
    return payload;
  } catch {
    return null;
  }
}

export type SessionCookieRead =
  /** No session cookie. */
  | { token: null; unreadable: [] }
  /** A valid session token. */
  | { token: JWT; unreadable: [] }
  /** Cookies that hold no valid token (expired, tampered, another secret): to be cleared. */
  | { token: null; unreadable: string[] };

/** The request's session token, read with the site's secrets (newest first, as Auth.js takes them). */
export async function readSessionCookie(headers: Headers, cookies: CookieReader, secrets: readonly string[], env: Env = process.env): Promise<SessionCookieRead> {
  const name = sessionCookieName(headers, env);
  const { value, names } = sessionCookieValue(cookies, name);
  if (!value) return { token: null, unreadable: [] };
  const token = await decodeSessionToken(value, secrets, name);
  return token ? { token, unreadable: [] } : { token: null, unreadable: names };
}
