// One code given by a signed-in (or half-signed-in) session: checked within the attempt limit, logged
// (a wrong code as two-factor-failed, a recovery code as recovery-code-used), and on success the
// session's row is told: no longer pending, and proved its user just now (what step-up reads).
// Shared by the two-factor page and the step-up confirmation.
import type { PrismaClient } from "../../generated/prisma/client";
import { recordSecurityEvent } from "../account/security-log";
import { EMPTY_CODE_MESSAGE, UNREADABLE_KEY_MESSAGE, WRONG_CODE_MESSAGE, tooManyAttemptsMessage } from "../messages/two-factor";
import { isAttemptRefusal } from "./attempts";
import { completeSecondFactor } from "./pending";
import { UnreadableTwoFactorKey } from "./secret-box";
import { checkSecondFactor } from "./store";

/** The longest input looked at: a recovery code with spaces and a dash is far shorter. */
const MAX_INPUT = 64;

/** Undefined when the code was right; else the sentence to show. */
export async function giveSecondFactor(
  prisma: PrismaClient,
  session: { id: string; userId: string },
  input: string,
  headers: Headers,
): Promise<string | undefined> {
  const code = input.trim();
  if (!code) return EMPTY_CODE_MESSAGE;
  let result;
  try {
    result = await checkSecondFactor(prisma, session.userId, code.slice(0, MAX_INPUT));
  } catch (error) {
    // The server's secrets changed under the stored key: say so, and how to get in (not a 500).
    if (!(error instanceof UnreadableTwoFactorKey)) throw error;
    console.error(`two-factor: user ${session.userId}'s authenticator key was sealed with a secret no longer configured`);
    return UNREADABLE_KEY_MESSAGE;
  }
  if (isAttemptRefusal(result)) return tooManyAttemptsMessage(result.retryAfterSeconds);
  if (!result.ok) {
    await recordSecurityEvent(prisma, { userId: session.userId, kind: "two-factor-failed", headers });
    return WRONG_CODE_MESSAGE;
  }
  if (result.via === "recovery-code") await recordSecurityEvent(prisma, { userId: session.userId, kind: "recovery-code-used", headers });
  await completeSecondFactor(prisma, session);
  return undefined;
}
