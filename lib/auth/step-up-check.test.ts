import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { scratchPrisma } from "../../tooling/vitest/scratch-prisma";
import { isStepUpAction, stepUpMessage } from "../messages/step-up";
import { RECENT_SIGN_IN_MINUTES } from "./recent-sign-in";
import { startSession } from "./session-store";
import { stepUpRefusal } from "./step-up-check";

describe("stepUpRefusal", () => {
  let db: Awaited<ReturnType<typeof scratchPrisma>>;
  let prisma: PrismaClient;
  beforeAll(async () => {
    db = await scratchPrisma();
    prisma = db.prisma;
  });
  afterAll(() => db.drop());

  const signedIn = new Date("2026-12-07T12:00:00.000Z");
  const minutesLater = (minutes: number) => new Date(signedIn.getTime() + minutes * 60_000);

  it("lets a session that signed in or confirmed recently go ahead, and refuses it afterwards with the action to confirm", async () => {
    const user = await prisma.user.create({ data: { email: "step-up@example.test" } });
    const session = await startSession(prisma, { userId: user.id, device: "Firefox on Linux", now: signedIn });
    const mine = { id: session.sessionToken, userId: user.id };

    expect(await stepUpRefusal(prisma, mine, "delete-account", minutesLater(RECENT_SIGN_IN_MINUTES))).toBeUndefined();
    const refusal = await stepUpRefusal(prisma, mine, "delete-account", minutesLater(RECENT_SIGN_IN_MINUTES + 1));
    expect(refusal).toEqual({ error: stepUpMessage("delete-account", RECENT_SIGN_IN_MINUTES), stepUp: "delete-account" });
    expect(refusal?.error).toBe(`To delete your account, confirm it's you: your last sign-in or confirmation here was more than ${RECENT_SIGN_IN_MINUTES} minutes ago.`);

    // A confirmation moves verified_at, and the same session may go ahead again.
    await prisma.session.update({ where: { id: session.id }, data: { verifiedAt: minutesLater(RECENT_SIGN_IN_MINUTES + 1) } });
    expect(await stepUpRefusal(prisma, mine, "sign-out-devices", minutesLater(RECENT_SIGN_IN_MINUTES + 2))).toBeUndefined();
  });

  it("refuses a session without a row, another user's row, or no session id at all", async () => {
    const user = await prisma.user.create({ data: { email: "owner@example.test" } });
    const other = await prisma.user.create({ data: { email: "other@example.test" } });
    const session = await startSession(prisma, { userId: user.id, device: "d", now: signedIn });
    const refused = { error: stepUpMessage("remove-sign-in-method", RECENT_SIGN_IN_MINUTES), stepUp: "remove-sign-in-method" };
    expect(await stepUpRefusal(prisma, { id: session.sessionToken, userId: other.id }, "remove-sign-in-method", signedIn)).toEqual(refused);
    expect(await stepUpRefusal(prisma, { id: "no-such-token", userId: user.id }, "remove-sign-in-method", signedIn)).toEqual(refused);
    expect(await stepUpRefusal(prisma, { userId: user.id }, "remove-sign-in-method", signedIn)).toEqual(refused);
  });
});

describe("isStepUpAction", () => {
  it("accepts only the actions the page has, never an inherited property", () => {
    expect(isStepUpAction("delete-account")).toBe(true);
    expect(isStepUpAction("toString")).toBe(false);
    expect(isStepUpAction("__proto__")).toBe(false);
    expect(isStepUpAction(["delete-account"])).toBe(false);
    expect(isStepUpAction(undefined)).toBe(false);
  });
});
