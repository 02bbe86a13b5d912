import { describe, expect, it } from "vitest";
import { scratchPrismaForFile } from "../../tooling/vitest/scratch-prisma";
import { securityEventsPage } from "./security-log";
import { startSession } from "../auth/session-store";

const { prisma } = await scratchPrismaForFile();

const newUser = () => prisma.user.create({ data: { email: `u${Math.random()}@example.test` } });
const now = new Date();
const minutesLater = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const LIMITS = { idleSeconds: 86_400, maxSeconds: 86_400 };

/** The entry is written by the statement that starts the session: its outcome, as the mail reads it. */
async function recordSignIn(signIn: { userId: string; method?: string; device: string; now: Date; ipAddress?: string }, perHour?: number) {
  const { newDevice, alert } = await startSession(prisma, signIn, LIMITS, perHour);
  return { newDevice, alert };
}

describe("the sign-in entry (startSession)", () => {
  it("logs every sign-in, and marks only a device label the user has not signed in with before, never the first sign-in", async () => {
    const user = await newUser();
    const signIn = (device: string, at: Date) => recordSignIn({ userId: user.id, method: "nodemailer", device, now: at });
    expect(await signIn("Chrome on Linux", now)).toEqual({ newDevice: false, alert: false });
    expect(await signIn("Chrome on Linux", minutesLater(1))).toEqual({ newDevice: false, alert: false });
    expect(await signIn("Firefox on Windows", minutesLater(2))).toEqual({ newDevice: true, alert: true });
    expect(await signIn("Firefox on Windows", minutesLater(3))).toEqual({ newDevice: false, alert: false });

    const { events } = await securityEventsPage(prisma, user.id);
    expect(events.map((event) => [event.kind, event.detail])).toEqual([
      ["sign-in", { method: "nodemailer", device: "Firefox on Windows", newDevice: false }],
      ["sign-in", { method: "nodemailer", device: "Firefox on Windows", newDevice: true }],
      ["sign-in", { method: "nodemailer", device: "Chrome on Linux", newDevice: false }],
      ["sign-in", { method: "nodemailer", device: "Chrome on Linux", newDevice: false }],
    ]);
  });

  it("emails at most the hourly limit's worth of new devices, and again once the hour has passed", async () => {
    const user = await newUser();
    const signIn = (device: string, at: Date) => recordSignIn({ userId: user.id, device, now: at }, 2);
    await signIn("first", now);
    expect((await signIn("a", minutesLater(1))).alert).toBe(true);
    expect((await signIn("b", minutesLater(2))).alert).toBe(true);
    // Still a new device (and logged so), but the third within the hour sends nothing.
    expect(await signIn("c", minutesLater(3))).toEqual({ newDevice: true, alert: false });
    expect((await signIn("d", minutesLater(62))).alert).toBe(true);
  });

  it("keeps the client's address given (a trusted proxy's), and none without, at the sign-in's time", async () => {
    const user = await newUser();
    await recordSignIn({ userId: user.id, device: "Chrome on Linux", now, ipAddress: "203.0.113.7" });
    await recordSignIn({ userId: user.id, device: "Chrome on Linux", now: minutesLater(1) });
    const { events } = await securityEventsPage(prisma, user.id);
    expect(events.map((event) => [event.ipAddress, event.createdAt.toISOString()])).toEqual([
      [null, minutesLater(1).toISOString()],
      ["203.0.113.7", now.toISOString()],
    ]);
  });

  it("does not count another user's devices", async () => {
    const [one, two] = [await newUser(), await newUser()];
    await recordSignIn({ userId: one.id, device: "Safari on iOS", now });
    await recordSignIn({ userId: two.id, device: "Edge on Windows", now });
    expect((await recordSignIn({ userId: two.id, device: "Safari on iOS", now: minutesLater(1) })).newDevice).toBe(true);
  });
});
