// Changing the account's email address. The new address gets a link; the change happens only when
// that link is opened by the same signed-in user within EMAIL_CHANGE_LINK_MINUTES, and the old
// address gets a notice, so a stolen session cannot quietly move the account to its holder's inbox.
// Pending changes are rows of Auth.js's verification_tokens (cleaned up with expired sign-in links)
// under an identifier Auth.js's own email callback can never match ("email-change:<user id>:<new
// address>"; a sign-in link's identifier is a plain address). Only the token's SHA-256 is stored, so a
// copy of the table opens nothing; the token is 256 random bits, so it needs no secret in the hash,
// and rotating AUTH_SECRET does not void pending links. The user's id inside the identifier is what
// makes a link work only for the account that asked: the page looks it up under the session's user.
import { createHash, randomBytes } from "node:crypto";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { checkMailbox } from "../auth/email-address";
import { setting } from "../env/settings";
import { recordSecurityEvent } from "./security-log";

export const EMAIL_CHANGE_LINK_MINUTES = setting("EMAIL_CHANGE_LINK_MINUTES");

/** Where the link leads: a page that asks the signed-in user to confirm (app/account/email-change). */
export const EMAIL_CHANGE_PAGE = "/account/email-change";

const PREFIX = "email-change:";
const identifierOf = (userId: string, address: string) => `${PREFIX}${userId}:${address}`;
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

export const SAME_ADDRESS = "That is already your email address.";
export const ADDRESS_TAKEN = "That address belongs to another account. Use another address, or delete that account first.";
export const LINK_NOT_FOR_YOU =
  "This link does not work for the account you are signed in to, or it was already used. Sign in to the account that asked for the change, or ask for a new link on your account page.";
export const LINK_EXPIRED = "This link has expired. Ask for a new one on your account page.";

export type Outcome<T> = ({ ok: true } & T) | { ok: false; problem: string };

const takenByAnother = async (db: PrismaClient | Prisma.TransactionClient, userId: string, address: string) =>
  (await db.user.findFirst({ where: { email: address, id: { not: userId } }, select: { id: true } })) !== null;

/** The address `raw` spells, if `userId` may move to it now: valid, not theirs already, no one else's. */
export async function checkNewAddress(prisma: PrismaClient, userId: string, raw: unknown): Promise<Outcome<{ address: string; from: string }>> {
  const check = checkMailbox(raw);
  if (!check.ok) return check;
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return { ok: false, problem: "This account no longer exists." };
  if (check.address === user.email) return { ok: false, problem: SAME_ADDRESS };
  if (await takenByAnother(prisma, userId, check.address)) return { ok: false, problem: ADDRESS_TAKEN };
  return { ok: true, address: check.address, from: user.email };
}

/** A new link's token for `userId` to move to `address` (already checked); any earlier pending link of theirs stops working. */
export async function createEmailChange(prisma: PrismaClient, userId: string, address: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await prisma.$transaction([
    prisma.verificationToken.deleteMany({ where: { identifier: { startsWith: `${PREFIX}${userId}:` } } }),
    prisma.verificationToken.create({
      data: { identifier: identifierOf(userId, address), token: hashOf(token), expires: new Date(now.getTime() + EMAIL_CHANGE_LINK_MINUTES * 60_000) },
    }),
  ]);
  return token;
}

/** The link's two parameters: the new address and the token. */
export const emailChangeLinkParams = (address: string, token: string) => new URLSearchParams({ email: address, token });

type Link = { userId: string; email: unknown; token: unknown; now: Date };

/** Why the link does not (or no longer) work for this user; undefined when it does. Reads only. */
export async function emailChangeLinkProblem(prisma: PrismaClient, link: Link): Promise<string | undefined> {
  const key = linkKey(link);
  if (!key) return LINK_NOT_FOR_YOU;
  const row = await prisma.verificationToken.findUnique({ where: { identifier_token: key.where }, select: { expires: true } });
  if (!row) return LINK_NOT_FOR_YOU;
  if (row.expires <= link.now) return LINK_EXPIRED;
  if (await takenByAnother(prisma, link.userId, key.address)) return ADDRESS_TAKEN;
  return undefined;
}

function linkKey({ userId, email, token }: Link) {
  const check = checkMailbox(email);
  if (!check.ok || typeof token !== "string" || token === "") return undefined;
  return { address: check.address, where: { identifier: identifierOf(userId, check.address), token: hashOf(token) } };
}

/**
 * Opens the link: the user's address becomes the new one, verified (the link reached it), in one
 * transaction with the link's removal (single use) and the security log's entry. Linked providers and
 * passkeys belong to the user, not the address, and stay. Sign-in links still pending for the old
 * address stop working.
 */
export async function applyEmailChange(prisma: PrismaClient, link: Link & { headers?: Headers }): Promise<Outcome<{ from: string; to: string }>> {
  const key = linkKey(link);
  if (!key) return { ok: false, problem: LINK_NOT_FOR_YOU };
  const { userId, now } = link;
  try {
    return await prisma.$transaction(async (tx): Promise<Outcome<{ from: string; to: string }>> => {
      const row = await tx.verificationToken.findUnique({ where: { identifier_token: key.where }, select: { expires: true } });
      // Deleted first, whatever follows: a link works once, and an expired one is of no more use.
      const used = await tx.verificationToken.deleteMany({ where: key.where });
      if (!row || used.count === 0) return { ok: false, problem: LINK_NOT_FOR_YOU };
      if (row.expires <= now) return { ok: false, problem: LINK_EXPIRED };
      if (await takenByAnother(tx, userId, key.address)) return { ok: false, problem: ADDRESS_TAKEN };
      const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
      if (!user) return { ok: false, problem: LINK_NOT_FOR_YOU };
      await tx.user.update({ where: { id: userId }, data: { email: key.address, emailVerified: now } });
      await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
      await recordSecurityEvent(tx, { userId, kind: "email-changed", detail: { from: user.email, to: key.address }, headers: link.headers, at: now });
      return { ok: true, from: user.email, to: key.address };
    });
  } catch (error) {
    // Someone else took the address between the check and the update (users.email is unique).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, problem: ADDRESS_TAKEN };
    throw error;
  }
}
