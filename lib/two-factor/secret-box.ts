// The TOTP secret at rest: a JWE (jose, "dir" + A256GCM) under a key derived by HKDF (node:crypto)
// from the app's secrets (authSecrets, lib/env/settings.ts). Encrypted with the newest secret, decrypted
// with any of them: rotating AUTH_SECRET keeps every stored authenticator working as long as the
// old secret stays in a rotation slot; a secret removed from every slot makes its authenticators
// unreadable (their users then sign in with a recovery code and set two-factor up again).
import { hkdfSync } from "node:crypto";
import { CompactEncrypt, compactDecrypt } from "jose";
import { authSecrets } from "../env/settings";

// Separates this key from every other use of the same secret (Auth.js derives its own with other info).
const INFO = "next-edge-auth-starter two-factor secret";

const keyFrom = (secret: string) => new Uint8Array(hkdfSync("sha256", secret, "", INFO, 32));

function secretsOrThrow(secrets: string[] | undefined): string[] {
  if (!secrets?.length) throw new Error("AUTH_SECRET is not set: add it to the environment (`npm run secret` prints a new one)");
  return secrets;
}

/** The secret encrypted under the newest of `secrets`. */
export async function sealSecret(secret: Uint8Array, secrets = authSecrets()): Promise<string> {
  const [newest] = secretsOrThrow(secrets);
  return new CompactEncrypt(secret).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).encrypt(keyFrom(newest!));
}

/**
 * The secret, opened with whichever of `secrets` sealed it; throws when none did. `stale`: sealed
 * under an older secret, so the caller re-seals it (a rotation then carries every key in use along).
 */
export async function openSecret(sealed: string, secrets = authSecrets()): Promise<{ secret: Uint8Array; stale: boolean }> {
  for (const [index, secret] of secretsOrThrow(secrets).entries()) {
    try {
      const { plaintext } = await compactDecrypt(sealed, keyFrom(secret), { keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256GCM"] });
      return { secret: plaintext, stale: index > 0 };
    } catch {
      // Sealed under another of the secrets (or none): try the next.
    }
  }
  throw new UnreadableTwoFactorKey();
}

/** The secret that sealed a key is in no rotation slot any more: its codes can no longer be checked. */
export class UnreadableTwoFactorKey extends Error {
  constructor() {
    super("A two-factor secret cannot be decrypted with AUTH_SECRET or its rotation slots: the secret that sealed it was removed");
    this.name = "UnreadableTwoFactorKey";
  }
}
