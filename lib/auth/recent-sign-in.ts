// Adding a way in (a passkey, a linked OAuth/OIDC account) needs a recent sign-in. A copied session
// cookie keeps working until its next check (SESSION_REFRESH_SECONDS), and a way in added with it
// would outlive every sign-out: its holder could sign in again whenever they like. So the request
// that completes the addition is refused unless this session's row says it signed in within
// RECENT_SIGN_IN_MINUTES; signing in again (which makes a new row) is the way through.
import type { PrismaClient } from "../../generated/prisma/client";
import { ACCOUNT_PAGE } from "../edge/route-rules";
import { setting } from "../env/settings";
import { RECENT_SIGN_IN_CODE } from "../messages/recent-sign-in";
import type { AuthRoute } from "./auth-route-path";

export const RECENT_SIGN_IN_MINUTES = setting("RECENT_SIGN_IN_MINUTES");

/** Where a refused addition sends the browser: the account page, saying why. */
export const SIGN_IN_AGAIN_PAGE = `${ACCOUNT_PAGE}?${new URLSearchParams({ error: RECENT_SIGN_IN_CODE })}`;

/**
 * Whether a request to Auth.js, made with a session, would add a way in to that user's account: the
 * passkey registration's options and its completion, or any provider's callback but the email
 * link's (an OAuth/OIDC account coming back is linked to the signed-in user).
 */
export function addsAWayIn({ action, provider, rest }: AuthRoute, searchParams: URLSearchParams, bodyAction: unknown): boolean {
  if (!provider || rest.length > 0) return false;
  // Auth.js takes the last of a repeated parameter (Object.fromEntries), so this does too.
  if (action === "webauthn-options") return searchParams.getAll("action").at(-1) === "register";
  if (action !== "callback") return false;
  if (provider === "passkey") return bodyAction === "register";
  return provider !== "nodemailer";
}

/**
 * Whether the session (its `sessions` row) signed in, or last confirmed its user, within
 * RECENT_SIGN_IN_MINUTES (`verified_at`: set at sign-in, moved by a confirmation).
 * `id` is the session's id as the JWT carries it (`sid`): the row's session token.
 */
export async function signedInRecently(prisma: PrismaClient, session: { id?: string; userId?: string }, now = new Date()): Promise<boolean> {
  if (!session.id || !session.userId) return false;
  // A session still waiting for its second factor has proved nothing yet: it must not add a passkey
  // (which would then sign in as both factors), link a provider or pass any step-up.
  const row = await prisma.session.findFirst({ where: { sessionToken: session.id, userId: session.userId, twoFactorPending: false }, select: { verifiedAt: true } });
  return row !== null && now.getTime() - row.verifiedAt.getTime() <= RECENT_SIGN_IN_MINUTES * 60_000;
}
