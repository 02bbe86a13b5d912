// A user's two-factor state in Postgres: the sealed TOTP key (two_factor), the recovery codes'
// digests (two_factor_recovery_codes), and the checks of a code against them. Every check runs
// inside the attempt limit (lib/two-factor/attempts.ts), under the user's lock, so "each step's
// code once" and "each recovery code once" cannot be raced.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { type AttemptLimit, type AttemptRefusal, attemptLimit, withinAttemptLimit } from "./attempts";
import { newRecoveryCodes, recoveryCodeHash, recoveryCodeText } from "./recovery-codes";
import { openSecret, sealSecret } from "./secret-box";
import { codeDigits, matchingStep, newTotpKey } from "./totp";

type Db = PrismaClient | Prisma.TransactionClient;

/** What /account shows: whether two-factor is on, and how many recovery codes are left. */
export async function twoFactorStatus(prisma: PrismaClient, userId: string): Promise<{ on: boolean; recoveryCodesLeft: number }> {
  const [row, left] = await Promise.all([
    prisma.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } }),
    prisma.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { on: Boolean(row?.enabledAt), recoveryCodesLeft: left };
}

export async function hasTwoFactor(db: Db, userId: string): Promise<boolean> {
  return (await db.twoFactor.count({ where: { userId, enabledAt: { not: null } } })) > 0;
}

/**
 * A new key awaiting its first code (replacing an earlier unconfirmed one); undefined when
 * two-factor is already on (turning it off comes first).
 */
export async function beginSetup(prisma: PrismaClient, userId: string): Promise<Uint8Array | undefined> {
  const key = newTotpKey();
  const secret = await sealSecret(key);
  const written = await prisma.$executeRaw`
    INSERT INTO two_factor (user_id, secret) VALUES (${userId}, ${secret})
    ON CONFLICT (user_id) DO UPDATE SET secret = EXCLUDED.secret, last_used_step = NULL
    WHERE two_factor.enabled_at IS NULL`;
  return written === 1 ? key : undefined;
}

/** The step `code` matched on the user's key (enabled or awaiting setup), now recorded as used. */
async function useTotpCode(tx: Prisma.TransactionClient, userId: string, code: string, now: Date, enabled: boolean): Promise<boolean> {
  const row = await tx.twoFactor.findUnique({ where: { userId } });
  if (!row || Boolean(row.enabledAt) !== enabled) return false;
  const { secret, stale } = await openSecret(row.secret);
  const step = matchingStep(secret, code, now, row.lastUsedStep);
  if (step === undefined) return false;
  // Sealed under a secret that has since been rotated out of first place: sealed again under the newest.
  await tx.twoFactor.update({ where: { userId }, data: { lastUsedStep: step, ...(stale ? { secret: await sealSecret(secret) } : {}) } });
  return true;
}

/** Replaces the user's recovery codes with new ones; returns them, to be shown once. */
async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: recoveryCodeHash(code) })) });
  return codes;
}

export type SetupResult = { ok: true; recoveryCodes: string[] } | { ok: false };

/** Turns two-factor on when `code` is right for the key awaiting setup; the first recovery codes. */
export function confirmSetup(prisma: PrismaClient, userId: string, code: string, now = new Date(), limit: AttemptLimit = attemptLimit()): Promise<SetupResult | AttemptRefusal> {
  return withinAttemptLimit<SetupResult>(prisma, userId, limit, async (tx) => {
    if (!(await useTotpCode(tx, userId, code, now, false))) return { ok: false };
    await tx.twoFactor.update({ where: { userId }, data: { enabledAt: now } });
    return { ok: true, recoveryCodes: await replaceRecoveryCodes(tx, userId) };
  });
}

export type SecondFactorResult = { ok: true; via: "code" | "recovery-code" } | { ok: false };

/**
 * Checks a code from the authenticator (six digits) or a recovery code against the user's
 * two-factor, using it up when right. Wrong ones count against the attempt limit.
 */
export function checkSecondFactor(prisma: PrismaClient, userId: string, input: string, now = new Date(), limit: AttemptLimit = attemptLimit()): Promise<SecondFactorResult | AttemptRefusal> {
  return withinAttemptLimit<SecondFactorResult>(prisma, userId, limit, async (tx) => {
    if (codeDigits(input)) return (await useTotpCode(tx, userId, input, now, true)) ? { ok: true, via: "code" } : { ok: false };
    if (!recoveryCodeText(input) || !(await hasTwoFactor(tx, userId))) return { ok: false };
    const used = await tx.recoveryCode.updateMany({ where: { userId, codeHash: recoveryCodeHash(input), usedAt: null }, data: { usedAt: now } });
    return used.count === 1 ? { ok: true, via: "recovery-code" } : { ok: false };
  });
}

/** New recovery codes for a user with two-factor on (the old ones stop working); undefined when it is off. */
export async function regenerateRecoveryCodes(prisma: PrismaClient, userId: string): Promise<string[] | undefined> {
  return prisma.$transaction(async (tx) => ((await hasTwoFactor(tx, userId)) ? replaceRecoveryCodes(tx, userId) : undefined));
}

/** Turns two-factor off: the key and the recovery codes go. Whether it was on. */
export async function turnOff(prisma: PrismaClient, userId: string): Promise<boolean> {
  const [, removed] = await prisma.$transaction([
    prisma.recoveryCode.deleteMany({ where: { userId } }),
    prisma.twoFactor.deleteMany({ where: { userId, enabledAt: { not: null } } }),
  ]);
  return removed.count > 0;
}
