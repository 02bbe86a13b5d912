import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { scratchPrisma } from "../../tooling/vitest/scratch-prisma";
import { authRouteOf } from "./auth-route-path";
import { addsAWayIn as addsAWayInRoute, RECENT_SIGN_IN_MINUTES, signedInRecently } from "./recent-sign-in";
import { startSession } from "./session-store";

const query = (text = "") => new URLSearchParams(text);
const addsAWayIn = (pathname: string, searchParams: URLSearchParams, bodyAction: unknown) => addsAWayInRoute(authRouteOf(pathname), searchParams, bodyAction);

describe("addsAWayIn", () => {
  it("is the passkey registration (its options and its completion) and every provider's callback but the email link's", () => {
    expect(addsAWayIn("/api/auth/webauthn-options/passkey", query("action=register"), undefined)).toBe(true);
    expect(addsAWayIn("/api/auth/webauthn-options/passkey", query("action=authenticate&action=register"), undefined)).toBe(true);
    expect(addsAWayIn("/api/auth/callback/passkey", query(), "register")).toBe(true);
    expect(addsAWayIn("/api/auth/callback/github", query("code=x&state=y"), undefined)).toBe(true);
    expect(addsAWayIn("/api/auth/callback/oidc", query(), undefined)).toBe(true);
    // Read as Auth.js reads the path: empty segments do not hide it.
    expect(addsAWayIn("/api/auth//callback//oidc", query(), undefined)).toBe(true);
  });

  it("is not a passkey sign-in, the email link, a sign-in's start or any other route", () => {
    expect(addsAWayIn("/api/auth/webauthn-options/passkey", query("action=authenticate"), undefined)).toBe(false);
    expect(addsAWayIn("/api/auth/webauthn-options/passkey", query(), undefined)).toBe(false);
    expect(addsAWayIn("/api/auth/callback/passkey", query(), "authenticate")).toBe(false);
    expect(addsAWayIn("/api/auth/callback/nodemailer", query("token=t&email=e"), undefined)).toBe(false);
    expect(addsAWayIn("/api/auth/signin/github", query(), undefined)).toBe(false);
    expect(addsAWayIn("/api/auth/session", query(), undefined)).toBe(false);
    expect(addsAWayIn("/api/auth/callback/github/extra", query(), undefined)).toBe(false);
  });
});

describe("signedInRecently", () => {
  let db: Awaited<ReturnType<typeof scratchPrisma>>;
  let prisma: PrismaClient;
  beforeAll(async () => {
    db = await scratchPrisma();
    prisma = db.prisma;
  });
  afterAll(() => db.drop());

  it(`holds for ${RECENT_SIGN_IN_MINUTES} minutes after the session's sign-in, for its own user only`, async () => {
    const signedIn = new Date("2026-11-30T12:00:00.000Z");
    const minutesLater = (minutes: number) => new Date(signedIn.getTime() + minutes * 60_000);
    const user = await prisma.user.create({ data: { email: "recent@example.test" } });
    const other = await prisma.user.create({ data: { email: "other@example.test" } });
    const session = await startSession(prisma, { userId: user.id, device: "Firefox on Linux", now: signedIn });

    expect(await signedInRecently(prisma, { id: session.sessionToken, userId: user.id }, minutesLater(RECENT_SIGN_IN_MINUTES))).toBe(true);
    expect(await signedInRecently(prisma, { id: session.sessionToken, userId: user.id }, minutesLater(RECENT_SIGN_IN_MINUTES + 1))).toBe(false);
    expect(await signedInRecently(prisma, { id: session.sessionToken, userId: other.id }, signedIn)).toBe(false);
    expect(await signedInRecently(prisma, { userId: user.id }, signedIn)).toBe(false);

    // A later confirmation of its user (step-up) counts from then.
    await prisma.session.update({ where: { id: session.id }, data: { verifiedAt: minutesLater(60) } });
    expect(await signedInRecently(prisma, { id: session.sessionToken, userId: user.id }, minutesLater(60 + RECENT_SIGN_IN_MINUTES))).toBe(true);
    expect(await signedInRecently(prisma, { id: session.sessionToken, userId: user.id }, minutesLater(61 + RECENT_SIGN_IN_MINUTES))).toBe(false);

    // Half signed in (two-factor on, no code given yet): no recent sign-in, however new.
    await prisma.session.update({ where: { id: session.id }, data: { twoFactorPending: true } });
    expect(await signedInRecently(prisma, { id: session.sessionToken, userId: user.id }, minutesLater(60))).toBe(false);
    await prisma.session.update({ where: { id: session.id }, data: { twoFactorPending: false } });

    // An ended session (signed out elsewhere) is no recent sign-in, however new its cookie.
    await prisma.session.delete({ where: { id: session.id } });
    expect(await signedInRecently(prisma, { id: session.sessionToken, userId: user.id }, signedIn)).toBe(false);
  });
});
