import { describe, expect, it } from "vitest";
import { scratchPrismaForFile } from "../../tooling/vitest/scratch-prisma";
import {
  ADDRESS_TAKEN,
  EMAIL_CHANGE_LINK_MINUTES,
  LINK_EXPIRED,
  LINK_NOT_FOR_YOU,
  SAME_ADDRESS,
  applyEmailChange,
  checkNewAddress,
  createEmailChange,
  emailChangeLinkProblem,
} from "./email-change";
import { securityEventsPage } from "./security-log";

const { prisma } = await scratchPrismaForFile();

let n = 0;
const newUser = () => prisma.user.create({ data: { email: `user${++n}@example.test` } });
const now = new Date();

describe("email change", () => {
  it("checks the new address: the address rule, not the current one, no one else's", async () => {
    const [user, other] = [await newUser(), await newUser()];
    expect(await checkNewAddress(prisma, user.id, "a,b@example.test")).toMatchObject({ ok: false, problem: expect.stringContaining("valid email") });
    expect(await checkNewAddress(prisma, user.id, ` ${user.email.toUpperCase()} `)).toEqual({ ok: false, problem: SAME_ADDRESS });
    expect(await checkNewAddress(prisma, user.id, other.email)).toEqual({ ok: false, problem: ADDRESS_TAKEN });
    expect(await checkNewAddress(prisma, user.id, " New@Example.TEST ")).toEqual({ ok: true, address: "new@example.test", from: user.email });
  });

  it("changes the address only through the link, once, for the user who asked; verified, logged, ways in kept", async () => {
    const [user, other] = [await newUser(), await newUser()];
    await prisma.authenticator.create({
      data: { credentialID: `c${user.id}`, userId: user.id, providerAccountId: "p", credentialPublicKey: "k", counter: 0, credentialDeviceType: "singleDevice", credentialBackedUp: false },
    });
    await prisma.verificationToken.create({ data: { identifier: user.email, token: "pending-sign-in", expires: new Date(now.getTime() + 60_000) } });
    const address = `moved${user.id}@example.test`;
    const token = await createEmailChange(prisma, user.id, address, now);
    // Only the hash is stored.
    expect(await prisma.verificationToken.count({ where: { token } })).toBe(0);

    const link = { email: address, token, now };
    expect(await emailChangeLinkProblem(prisma, { ...link, userId: other.id })).toBe(LINK_NOT_FOR_YOU);
    expect(await applyEmailChange(prisma, { ...link, userId: other.id })).toEqual({ ok: false, problem: LINK_NOT_FOR_YOU });
    expect(await applyEmailChange(prisma, { ...link, userId: user.id, token: `${token}x` })).toEqual({ ok: false, problem: LINK_NOT_FOR_YOU });
    expect(await applyEmailChange(prisma, { ...link, userId: user.id, email: "someone@example.test" })).toEqual({ ok: false, problem: LINK_NOT_FOR_YOU });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    expect(await emailChangeLinkProblem(prisma, { ...link, userId: user.id })).toBeUndefined();
    expect(await applyEmailChange(prisma, { ...link, userId: user.id })).toEqual({ ok: true, from: user.email, to: address });
    const changed = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { authenticators: true } });
    expect(changed).toMatchObject({ email: address, emailVerified: now });
    expect(changed.authenticators).toHaveLength(1);
    // A sign-in link still pending for the old address no longer works.
    expect(await prisma.verificationToken.count({ where: { identifier: user.email } })).toBe(0);
    expect((await securityEventsPage(prisma, user.id)).events).toEqual([expect.objectContaining({ kind: "email-changed", detail: { from: user.email, to: address } })]);
    // Once only.
    expect(await applyEmailChange(prisma, { ...link, userId: user.id })).toEqual({ ok: false, problem: LINK_NOT_FOR_YOU });
  });

  it("refuses an expired link, a replaced one, and an address someone else took meanwhile", async () => {
    const user = await newUser();
    const late = new Date(now.getTime() + (EMAIL_CHANGE_LINK_MINUTES * 60 + 1) * 1000);
    const expired = await createEmailChange(prisma, user.id, `late${user.id}@example.test`, now);
    expect(await applyEmailChange(prisma, { userId: user.id, email: `late${user.id}@example.test`, token: expired, now: late })).toEqual({ ok: false, problem: LINK_EXPIRED });

    const first = await createEmailChange(prisma, user.id, `first${user.id}@example.test`, now);
    await createEmailChange(prisma, user.id, `second${user.id}@example.test`, now);
    expect(await applyEmailChange(prisma, { userId: user.id, email: `first${user.id}@example.test`, token: first, now })).toEqual({ ok: false, problem: LINK_NOT_FOR_YOU });

    const wanted = `wanted${user.id}@example.test`;
    const token = await createEmailChange(prisma, user.id, wanted, now);
    await prisma.user.create({ data: { email: wanted } });
    expect(await emailChangeLinkProblem(prisma, { userId: user.id, email: wanted, token, now })).toBe(ADDRESS_TAKEN);
    expect(await applyEmailChange(prisma, { userId: user.id, email: wanted, token, now })).toEqual({ ok: false, problem: ADDRESS_TAKEN });
  });

  it("refuses junk links without touching the database's rows", async () => {
    const user = await newUser();
    for (const [email, token] of [[undefined, undefined], ["", ""], [["a@b.test"], "t"], ["x@example.test", { length: 1 }], ["x@example.test", ""]] as const) {
      expect(await applyEmailChange(prisma, { userId: user.id, email, token, now })).toEqual({ ok: false, problem: LINK_NOT_FOR_YOU });
    }
  });
});
