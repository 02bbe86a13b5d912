// Session cookies an attacker can make: wrong secret, no signature at all, another algorithm, or a
// real cookie bent out of shape.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import type { Seeded } from "./seeded";

const b64 = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

const ADMIN_CLAIMS = { sub: "attacker", email: "attacker@example.test", role: "admin", name: "Attacker" };

/** Properly encrypted tokens, under secrets the server does not have. */
export async function wrongSecretTokens(cookieName: string, count: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, () => encode({ token: ADMIN_CLAIMS, secret: randomBytes(32).toString("base64url"), salt: cookieName })),
  );
}

/** Tokens that claim another algorithm: unsigned JWTs, HMAC ones, JWE headers with alg "none". */
export function algorithmConfusedTokens(): string[] {
  const now = Math.floor(Date.now() / 1000);
  const claims = { ...ADMIN_CLAIMS, iat: now, exp: now + 3600 };
  return [
    `${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`,
    `${b64({ alg: "none" })}.${b64(claims)}`,
    `${b64({ alg: "HS256", typ: "JWT" })}.${b64(claims)}.${b64("")}`,
    `${b64({ alg: "HS512", typ: "JWT" })}.${b64(claims)}.${b64(randomBytes(64))}`,
    `${b64({ alg: "RS256", typ: "JWT" })}.${b64(claims)}.${b64(randomBytes(256))}`,
    `${b64({ alg: "none", enc: "A256CBC-HS512" })}..${b64(randomBytes(16))}.${b64(claims)}.${b64(randomBytes(32))}`,
    `${b64({ alg: "dir", enc: "A128GCM" })}..${b64(randomBytes(12))}.${b64(claims)}.${b64(randomBytes(16))}`,
    `${b64({ alg: "dir", enc: "A256CBC-HS512", kid: "../../etc/passwd" })}..${b64(randomBytes(16))}.${b64(claims)}.${b64(randomBytes(32))}`,
    `${b64({ alg: "PBES2-HS512+A256KW", enc: "A256CBC-HS512", p2c: 100000000, p2s: b64("salt") })}.${b64(randomBytes(40))}.${b64(randomBytes(16))}.${b64(claims)}.${b64(randomBytes(32))}`,
    `${b64({ alg: "dir", enc: "A256CBC-HS512", zip: "DEF" })}..${b64(randomBytes(16))}.${b64(randomBytes(2048))}.${b64(randomBytes(32))}`,
  ];
}

/** A real token with one character changed in one of its parts. */
export function tamperedTokens(valid: string, random: Seeded, count: number): string[] {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  return Array.from({ length: count }, () => {
    let at = random.int(0, valid.length - 1);
    while (valid[at] === ".") at = random.int(0, valid.length - 1);
    const swapped = alphabet.replace(valid[at] ?? "", "");
    return `${valid.slice(0, at)}${random.pick([...swapped])}${valid.slice(at + 1)}`;
  });
}

/** A real token cut short. */
export const truncatedTokens = (valid: string, random: Seeded, count: number) =>
  Array.from({ length: count }, () => valid.slice(0, random.int(1, valid.length - 1)));
