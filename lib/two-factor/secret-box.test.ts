import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

const key = new Uint8Array(Array.from({ length: 20 }, (_, i) => i + 1));

describe("the sealed TOTP secret", () => {
  it("opens with the secret that sealed it, and never holds the key in the clear", async () => {
    const sealed = await sealSecret(key, ["first"]);
    expect(sealed.split(".")).toHaveLength(5); // a compact JWE
    expect(sealed).not.toContain(Buffer.from(key).toString("base64url"));
    expect(await openSecret(sealed, ["first"])).toEqual({ secret: key, stale: false });
  });

  it("survives a rotation: sealed under the old secret, opened once a newer one leads the list", async () => {
    const sealed = await sealSecret(key, ["old"]);
    expect(await openSecret(sealed, ["new", "old"])).toEqual({ secret: key, stale: true });
    // New seals use the newest, which the old list alone cannot open.
    const resealed = await sealSecret(key, ["new", "old"]);
    expect(await openSecret(resealed, ["new"])).toEqual({ secret: key, stale: false });
    await expect(openSecret(resealed, ["old"])).rejects.toThrow(/cannot be decrypted/);
  });

  it("refuses once the sealing secret has left every slot, and a tampered seal", async () => {
    const sealed = await sealSecret(key, ["gone"]);
    await expect(openSecret(sealed, ["other"])).rejects.toThrow(/removed/);
    const [header, , iv, ciphertext, tag] = sealed.split(".");
    const flipped = `${ciphertext!.startsWith("A") ? "B" : "A"}${ciphertext!.slice(1)}`;
    await expect(openSecret([header, "", iv, flipped, tag].join("."), ["gone"])).rejects.toThrow(/cannot be decrypted/);
  });

  it("names the fix when no secret is set", async () => {
    await expect(sealSecret(key, undefined)).rejects.toThrow(/AUTH_SECRET is not set/);
  });
});
