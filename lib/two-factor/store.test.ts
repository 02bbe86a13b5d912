import { generateHOTP } from "@oslojs/otp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { scratchPrisma } from "../../tooling/vitest/scratch-prisma";
import { beginSetup, checkSecondFactor, confirmSetup, regenerateRecoveryCodes, turnOff, twoFactorStatus } from "./store";
import { openSecret } from "./secret-box";
import { TOTP_DIGITS, TOTP_STEP_SECONDS } from "./totp";

let db: Awaited<ReturnType<typeof scratchPrisma>>;
let prisma: PrismaClient;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "unit-test-secret";
  db = await scratchPrisma({ max: 20 });
  prisma = db.prisma;
});
afterAll(() => db.drop());

const limit = { attempts: 5, windowMinutes: 15 };
const T0 = new Date("2026-12-07T12:00:00Z");
const at = (steps: number) => new Date(T0.getTime() + steps * TOTP_STEP_SECONDS * 1000);
const codeAt = (key: Uint8Array, when: Date) => generateHOTP(key, BigInt(Math.floor(when.getTime() / 1000 / TOTP_STEP_SECONDS)), TOTP_DIGITS);

let n = 0;
async function userWithTwoFactor(): Promise<{ userId: string; key: Uint8Array; recoveryCodes: string[] }> {
  const { id: userId } = await prisma.user.create({ data: { email: `tf${n++}@example.test` } });
  const key = (await beginSetup(prisma, userId))!;
  const setup = await confirmSetup(prisma, userId, codeAt(key, T0), T0, limit);
  if (!("recoveryCodes" in setup)) throw new Error("setup failed");
  return { userId, key, recoveryCodes: setup.recoveryCodes };
}

describe("two-factor codes", () => {
  it("turns on with a first code, giving ten recovery codes", async () => {
    const { userId, recoveryCodes } = await userWithTwoFactor();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await twoFactorStatus(prisma, userId)).toEqual({ on: true, recoveryCodesLeft: 10 });
    // Already on: no second key until it is turned off.
    expect(await beginSetup(prisma, userId)).toBeUndefined();
  });

  it("accepts a code one step either side of now, and each step's code once", async () => {
    const { userId, key } = await userWithTwoFactor();
    // The setup code (step 0) is spent: the same code again fails.
    expect(await checkSecondFactor(prisma, userId, codeAt(key, T0), at(0), limit)).toEqual({ ok: false });
    expect(await checkSecondFactor(prisma, userId, codeAt(key, at(1)), at(2), limit)).toEqual({ ok: true, via: "code" });
    expect(await checkSecondFactor(prisma, userId, codeAt(key, at(1)), at(2), limit)).toEqual({ ok: false });
    // Two steps away is too far.
    expect(await checkSecondFactor(prisma, userId, codeAt(key, at(6)), at(4), limit)).toEqual({ ok: false });
    // An earlier step than the last used cannot come back either.
    expect(await checkSecondFactor(prisma, userId, codeAt(key, at(3)), at(4), limit)).toEqual({ ok: true, via: "code" });
    expect(await checkSecondFactor(prisma, userId, codeAt(key, at(2)), at(3), limit)).toEqual({ ok: false });
  });

  it("uses each recovery code once, typed in any case and with or without the dash", async () => {
    const { userId, recoveryCodes } = await userWithTwoFactor();
    const [first, second] = recoveryCodes as [string, string];
    expect(await checkSecondFactor(prisma, userId, first.toUpperCase().replace("-", " "), at(5), limit)).toEqual({ ok: true, via: "recovery-code" });
    expect(await checkSecondFactor(prisma, userId, first, at(5), limit)).toEqual({ ok: false });
    expect((await twoFactorStatus(prisma, userId)).recoveryCodesLeft).toBe(9);
    // Regenerated: the old ones stop working.
    const fresh = (await regenerateRecoveryCodes(prisma, userId))!;
    expect(await checkSecondFactor(prisma, userId, second, at(5), limit)).toEqual({ ok: false });
    expect(await checkSecondFactor(prisma, userId, fresh[0]!, at(5), limit)).toEqual({ ok: true, via: "recovery-code" });
  });

  it("refuses further attempts once the limit of wrong ones is reached, even the right code, when guesses race", async () => {
    const { userId, key } = await userWithTwoFactor();
    const guesses = await Promise.all(Array.from({ length: 12 }, (_, i) => checkSecondFactor(prisma, userId, String(100000 + i), at(1), limit)));
    expect(guesses.filter((g) => "ok" in g)).toHaveLength(5);
    expect(guesses.filter((g) => "retryAfterSeconds" in g)).toHaveLength(7);
    expect(await prisma.twoFactorFailure.count({ where: { userId } })).toBe(5);
    const refused = await checkSecondFactor(prisma, userId, codeAt(key, at(1)), at(1), limit);
    expect(refused).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(14 * 60);
  });

  it("counts junk as a wrong attempt and never throws on it", async () => {
    const { userId } = await userWithTwoFactor();
    for (const junk of ["", "x".repeat(10_000), "12345", "1234567", "\u0000\u0000", "' OR 1=1 --"]) {
      expect(await checkSecondFactor(prisma, userId, junk, at(1), { attempts: 100, windowMinutes: 15 })).toEqual({ ok: false });
    }
  });

  it("re-seals a key under the newest secret when a code is used after a rotation", async () => {
    const { userId, key } = await userWithTwoFactor();
    process.env.AUTH_SECRET_1 = "rotated-in";
    try {
      expect(await checkSecondFactor(prisma, userId, codeAt(key, at(1)), at(1), limit)).toEqual({ ok: true, via: "code" });
      const row = await prisma.twoFactor.findUniqueOrThrow({ where: { userId } });
      expect(await openSecret(row.secret, ["rotated-in"])).toEqual({ secret: key, stale: false });
    } finally {
      delete process.env.AUTH_SECRET_1;
    }
  });

  it("turns off: key and codes gone, codes no longer accepted", async () => {
    const { userId, key, recoveryCodes } = await userWithTwoFactor();
    expect(await turnOff(prisma, userId)).toBe(true);
    expect(await twoFactorStatus(prisma, userId)).toEqual({ on: false, recoveryCodesLeft: 0 });
    expect(await checkSecondFactor(prisma, userId, codeAt(key, at(1)), at(1), limit)).toEqual({ ok: false });
    expect(await checkSecondFactor(prisma, userId, recoveryCodes[0]!, at(1), limit)).toEqual({ ok: false });
    expect(await turnOff(prisma, userId)).toBe(false);
  });
});
