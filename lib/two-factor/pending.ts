// The half-signed-in session: a user with two-factor on who has given the first factor (an email
// link, OAuth/OIDC) but no code yet. Its row says so (sessions.two_factor_pending) and its JWT
// carries the claim `twoFactorPending`, which is all the edge reads (lib/edge/route-rules.ts lets
// such a token reach only the two-factor page). The claim comes from the row, never from the client:
// set at sign-in from the row (pendingAtSignIn), dropped only by a check that finds the row no longer pending.
import type { JWT } from "next-auth/jwt";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";

/**
 * A passkey sign-in counts as both factors: something held (the authenticator) and the user's
 * verification on it (Auth.js's passkey provider asks for `userVerification: "required"` and
 * verifies with `requireUserVerification: true`: @auth/core/providers/passkey.js).
 */
const BOTH_FACTORS = new Set(["passkey"]);

/**
 * At sign-in, in the statement that starts the session (lib/auth/session-store.ts startSession): the
 * SQL truth of whether the new row is pending, that is whether the user has two-factor on (as
 * hasTwoFactor reads it), unless the sign-in gave both factors.
 */
export const pendingAtSignIn = (userId: string, method: string | undefined): Prisma.Sql =>
  method && BOTH_FACTORS.has(method)
    ? Prisma.sql`false`
    : Prisma.sql`EXISTS (SELECT 1 FROM two_factor WHERE user_id = ${userId} AND enabled_at IS NOT NULL)`;

/** At a check of a pending token: the claim stays while the row is still pending (or gone). */
export async function pendingFromRow(prisma: PrismaClient, token: JWT): Promise<JWT> {
  const row = token.sid ? await prisma.session.findUnique({ where: { sessionToken: token.sid }, select: { twoFactorPending: true } }) : null;
  if (!row || row.twoFactorPending) return token;
  const signedIn = { ...token };
  delete signedIn.twoFactorPending;
  return signedIn;
}

/** The second factor given: the row is no longer pending, and the session has just proved its user. */
export async function completeSecondFactor(prisma: PrismaClient, session: { id: string; userId: string }, now = new Date()): Promise<void> {
  await prisma.session.updateMany({ where: { sessionToken: session.id, userId: session.userId }, data: { twoFactorPending: false, verifiedAt: now } });
}
