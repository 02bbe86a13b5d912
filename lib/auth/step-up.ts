// The guard every destructive server action calls first (step-up: lib/auth/step-up-check.ts says
// why). It reads the session itself, so a client that skips the page and posts the action gets the
// same refusal; the refusal's `stepUp` names the action, and the page opens its confirmation
// (/account?confirm=<action>) from it.
import { prisma } from "@/prisma";
import type { StepUpAction, StepUpRefusal } from "../messages/step-up";
import { requireSession } from "./session";
import { stepUpRefusal } from "./step-up-check";

/** The signed-in user and, when this session must confirm its user first, the refusal to answer with. */
export async function requireRecentSignIn(action: StepUpAction): Promise<{ userId: string; sessionId?: string; refusal?: StepUpRefusal }> {
  const session = await requireSession();
  const refusal = await stepUpRefusal(prisma, { id: session.sessionId, userId: session.user.id }, action);
  return { userId: session.user.id, sessionId: session.sessionId, ...(refusal ? { refusal } : {}) };
}
