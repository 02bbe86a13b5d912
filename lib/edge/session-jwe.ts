// The one shape of session token Auth.js writes (@auth/core/jwt's encode): a compact JWE with "dir"
// key management and A256CBC-HS512, the key's thumbprint as `kid` (RFC 7516; RFC 7518 §5.2.2). Read
// here as plain steps, so that the edge (WebCrypto, session-token.ts) and the Node side (node:crypto,
// lib/auth/session-token-node.ts) each decrypt it with two operations and keys made once per process,
// where jose's general-purpose path imports keys and makes a comparison key on every call (about
// 0.4 ms of CPU a token). Every other shape is left to jose, which refuses what Auth.js refuses.
import { base64url } from "jose";
import type { JWT } from "next-auth/jwt";
import { CLOCK_SKEW_SECONDS } from "./constants";

/** A256CBC-HS512's tag: the first half of an HMAC-SHA-512; its IV: one AES block. */
const TAG_BYTES = 32;
const IV_BYTES = 16;

/** Byte arrays over their own ArrayBuffer, which WebCrypto takes. */
type Bytes = Uint8Array<ArrayBuffer>;

export type AuthJsJwe = { kid: string; iv: Bytes; ciphertext: Bytes; tag: Bytes; macInput: Bytes };

const bytes = (base64: string): Bytes => new Uint8Array(base64url.decode(base64));

/** The token's parts when it has exactly the shape Auth.js writes, else undefined. */
export function authJsJwe(token: string): AuthJsJwe | undefined {
  const parts = token.split(".");
  if (parts.length !== 5) return undefined;
  const [protectedHeader = "", encryptedKey, iv = "", ciphertext = "", tag = ""] = parts;
  try {
    const header = JSON.parse(new TextDecoder().decode(base64url.decode(protectedHeader))) as Record<string, unknown>;
    const plain = header.alg === "dir" && header.enc === "A256CBC-HS512" && header.zip === undefined && header.crit === undefined;
    if (!plain || typeof header.kid !== "string" || encryptedKey !== "") return undefined;
    const parsed = { kid: header.kid, iv: bytes(iv), ciphertext: bytes(ciphertext), tag: bytes(tag) };
    if (parsed.iv.length !== IV_BYTES || parsed.tag.length !== TAG_BYTES || parsed.ciphertext.length === 0) return undefined;
    return { ...parsed, macInput: macInput(new TextEncoder().encode(protectedHeader), parsed.iv, parsed.ciphertext) };
  } catch {
    return undefined;
  }
}

/** What the tag authenticates: the protected header (ASCII), the IV, the ciphertext, the header's length in bits. */
function macInput(aad: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array): Bytes {
  const input = new Uint8Array(aad.length + iv.length + ciphertext.length + 8);
  input.set(aad);
  input.set(iv, aad.length);
  input.set(ciphertext, aad.length + iv.length);
  new DataView(input.buffer).setBigUint64(input.length - 8, BigInt(aad.length) * 8n);
  return input;
}

/** Whether the computed HMAC-SHA-512 starts with the tag, compared in constant time. */
export function tagMatches(hmac: Uint8Array, tag: Uint8Array): boolean {
  let difference = 0;
  for (let i = 0; i < TAG_BYTES; i++) difference |= (hmac[i] ?? 0) ^ (tag[i] ?? 0);
  return difference === 0 && tag.length === TAG_BYTES;
}

// Like jose: text that is not valid UTF-8 is refused, not repaired.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The decrypted claims if they are a JSON object whose times hold now (as jose judges them), else undefined. */
export function validClaims(plaintext: Uint8Array, nowSeconds = Math.floor(Date.now() / 1000)): JWT | undefined {
  let claims: unknown;
  try {
    claims = JSON.parse(strictUtf8.decode(plaintext));
  } catch {
    return undefined;
  }
  if (typeof claims !== "object" || claims === null || Array.isArray(claims)) return undefined;
  return claimTimesHold(claims, nowSeconds) ? (claims as JWT) : undefined;
}

/** Whether the token's times are numbers where present, and hold now: not expired, not before its time. */
export function claimTimesHold(claims: object, nowSeconds: number): boolean {
  const { exp, nbf, iat } = claims as { exp?: unknown; nbf?: unknown; iat?: unknown };
  if ([exp, nbf, iat].some((time) => time !== undefined && typeof time !== "number")) return false;
  if (typeof exp === "number" && exp <= nowSeconds - CLOCK_SKEW_SECONDS) return false;
  if (typeof nbf === "number" && nbf > nowSeconds + CLOCK_SKEW_SECONDS) return false;
  return true;
}
