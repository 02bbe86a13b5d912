"use server";
// The account page's two-factor actions. Each reads the session itself and acts only on its user.
// Turning it on, off, and new recovery codes need a recent sign-in: with a copied cookie, turning
// two-factor on (with the copier's app) would lock the owner out, and the other two weaken it.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { APP_NAME } from "@/app/_components/site-name";
import { recordSecurityEvent } from "@/lib/account/security-log";
import { requireSession } from "@/lib/auth/session";
import { requireRecentSignIn } from "@/lib/auth/step-up";
import { withOutageMessage } from "@/lib/db/when-unavailable";
import { ACCOUNT_PAGE } from "@/lib/edge/route-rules";
import { EMPTY_CODE_MESSAGE, TWO_FACTOR_ALREADY_ON_MESSAGE, TWO_FACTOR_OFF_MESSAGE, WRONG_CODE_MESSAGE, tooManyAttemptsMessage } from "@/lib/messages/two-factor";
import type { StepUpAction, StepUpRefusal } from "@/lib/messages/step-up";
import { formText } from "@/lib/request/form-field";
import { isAttemptRefusal } from "@/lib/two-factor/attempts";
import { giveSecondFactor } from "@/lib/two-factor/give-code";
import { type SetupKey, setupKey } from "@/lib/two-factor/setup-key";
import { beginSetup, confirmSetup, regenerateRecoveryCodes, turnOff } from "@/lib/two-factor/store";
import { prisma } from "@/prisma";

/** `key`: the setup in progress; `recoveryCodes`: shown once, after turning on or regenerating. */
export type TwoFactorState = { error?: string; stepUp?: StepUpAction; key?: SetupKey; recoveryCodes?: string[] };

const nothing = (): TwoFactorState => ({});

/** The session's user, or the step-up refusal when its sign-in is not recent (lib/auth/step-up.ts). */
async function recentUser(action: StepUpAction): Promise<{ userId: string; email: string } | StepUpRefusal> {
  const { refusal } = await requireRecentSignIn(action);
  if (refusal) return refusal;
  const session = await requireSession();
  return { userId: session.user.id, email: session.user.email ?? "" };
}

export const startTwoFactorSetup = withOutageMessage(async (): Promise<TwoFactorState> => {
  const user = await recentUser("turn-on-two-factor");
  if ("error" in user) return user;
  const key = await beginSetup(prisma, user.userId);
  if (!key) return { error: TWO_FACTOR_ALREADY_ON_MESSAGE };
  return { key: await setupKey(key, APP_NAME, user.email) };
}, nothing);

export const confirmTwoFactorSetup = withOutageMessage(async (previous: TwoFactorState, formData: unknown): Promise<TwoFactorState> => {
  const user = await recentUser("turn-on-two-factor");
  if ("error" in user) return { ...previous, ...user };
  const code = formText(formData, "code").trim();
  if (!code) return { ...previous, error: EMPTY_CODE_MESSAGE };
  const result = await confirmSetup(prisma, user.userId, code.slice(0, 64));
  if (isAttemptRefusal(result)) return { ...previous, error: tooManyAttemptsMessage(result.retryAfterSeconds) };
  if (!result.ok) return { ...previous, error: WRONG_CODE_MESSAGE };
  await recordSecurityEvent(prisma, { userId: user.userId, kind: "two-factor-on", headers: await headers() });
  revalidatePath(ACCOUNT_PAGE);
  return { recoveryCodes: result.recoveryCodes };
}, (previous) => previous);

export const newRecoveryCodes = withOutageMessage(async (): Promise<TwoFactorState> => {
  const user = await recentUser("new-recovery-codes");
  if ("error" in user) return user;
  const codes = await regenerateRecoveryCodes(prisma, user.userId);
  if (!codes) return { error: TWO_FACTOR_OFF_MESSAGE };
  revalidatePath(ACCOUNT_PAGE);
  return { recoveryCodes: codes };
}, nothing);

export const turnTwoFactorOff = withOutageMessage(async (): Promise<TwoFactorState> => {
  const user = await recentUser("turn-off-two-factor");
  if ("error" in user) return user;
  if (!(await turnOff(prisma, user.userId))) return { error: TWO_FACTOR_OFF_MESSAGE };
  await recordSecurityEvent(prisma, { userId: user.userId, kind: "two-factor-off", headers: await headers() });
  revalidatePath(ACCOUNT_PAGE);
  return {};
}, nothing);

/**
 * For the step-up panel's two-factor slot: a right code (or recovery code) moves this session's
 * `verified_at` to now, which is what a recent sign-in is measured from. Wrong codes count against
 * the same attempt limit as at sign-in and are logged.
 */
export type ConfirmState = { error?: string; confirmed?: boolean };

export const confirmWithTwoFactorCode = withOutageMessage(async (_previous: ConfirmState, formData: unknown): Promise<ConfirmState> => {
  const session = await requireSession();
  if (!session.sessionId) return { error: "This session is too old to confirm: sign out and sign in again." };
  const error = await giveSecondFactor(prisma, { id: session.sessionId, userId: session.user.id }, formText(formData, "code"), await headers());
  if (error) return { error };
  revalidatePath(ACCOUNT_PAGE);
  return { confirmed: true };
}, (): ConfirmState => ({}));
