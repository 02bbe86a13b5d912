// The account page's reads, always keyed by the signed-in user's id, and selecting only what the
// page shows: never provider account ids or key material. One loader, so the page asks for all of
// it inside pageData() and a database outage sends it to "temporarily unavailable" as a whole.
import { OAUTH_ACCOUNT_TYPES } from "@/lib/account/sign-in-methods";
import { liveSessions } from "@/lib/auth/session-store";
import { twoFactorStatus } from "@/lib/two-factor/store";
import { prisma } from "@/prisma";

export type AccountView = NonNullable<Awaited<ReturnType<typeof loadAccount>>>;
export type PasskeyView = AccountView["authenticators"][number];
export type DeviceView = AccountView["sessions"][number];

const loadUser = (userId: string) =>
  prisma.user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      emailVerified: true,
      accounts: { where: { type: { in: OAUTH_ACCOUNT_TYPES } }, select: { provider: true }, orderBy: { provider: "asc" } },
      authenticators: {
        select: { credentialID: true, name: true, createdAt: true, lastUsedAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });

/**
 * The user, their signed-in browsers (Devices), the one in use marked by this session's token
 * (`sid`), and their two-factor status; null when the account no longer exists.
 */
export async function loadAccount(userId: string, sessionToken: string | undefined) {
  const [user, sessions, twoFactor] = await Promise.all([
    loadUser(userId),
    liveSessions(prisma, userId, sessionToken, new Date()),
    twoFactorStatus(prisma, userId),
  ]);
  return user && { ...user, sessions, twoFactor };
}
