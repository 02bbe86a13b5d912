// Step-up: the check behind lib/auth/step-up.ts, apart from the request so it can be tested on its
// own. A copied session cookie works until its next check; with it, anyone could delete the account,
// remove its ways in or sign its owner's other devices out. So those actions need this session to
// have signed in, or confirmed its user (a passkey, an emailed link, a two-factor code), within
// RECENT_SIGN_IN_MINUTES: the same bound, and the same column (`verified_at`), as adding a way in.
import type { PrismaClient } from "../../generated/prisma/client";
import { stepUpMessage, type StepUpAction, type StepUpRefusal } from "../messages/step-up";
import { RECENT_SIGN_IN_MINUTES, signedInRecently } from "./recent-sign-in";

/**
 * The refusal for `action` when the session (`id`: its `sid`) did not sign in or confirm its user
 * recently; undefined when it may go ahead.
 */
export async function stepUpRefusal(
  prisma: PrismaClient,
  session: { id?: string; userId?: string },
  action: StepUpAction,
  now = new Date(),
): Promise<StepUpRefusal | undefined> {
  if (await signedInRecently(prisma, session, now)) return undefined;
  return { error: stepUpMessage(action, RECENT_SIGN_IN_MINUTES), stepUp: action };
}
