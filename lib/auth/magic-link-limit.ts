// How many sign-in links one address may be sent: without a limit anyone could make this server
// mail any inbox without end, and spend its SMTP sender reputation doing it.
import type { PrismaClient } from "../../generated/prisma/client";

/** How long a sign-in link works (Auth.js's default for email providers). */
export const MAGIC_LINK_MAX_AGE_SECONDS = 24 * 60 * 60;
const LINKS_PER_WINDOW = 3;
const WINDOW_MINUTES = 15;

export const MAGIC_LINK_LIMIT_MESSAGE = `${LINKS_PER_WINDOW} sign-in links were already sent to this address in the last ${WINDOW_MINUTES} minutes. Use the newest one, or try again later.`;

/**
 * The unused links sent to `identifier` within the window. A token's expiry is its creation time
 * plus MAGIC_LINK_MAX_AGE_SECONDS, so "created within the window" is "expires after this".
 */
export const recentLinksWhere = (identifier: string, now = new Date()) => ({
  identifier,
  expires: { gt: new Date(now.getTime() + (MAGIC_LINK_MAX_AGE_SECONDS - WINDOW_MINUTES * 60) * 1000) },
});

export async function magicLinkLimitReached(prisma: PrismaClient, identifier: string): Promise<boolean> {
  return (await prisma.verificationToken.count({ where: recentLinksWhere(identifier) })) >= LINKS_PER_WINDOW;
}
