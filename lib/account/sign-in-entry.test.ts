import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { scratchPrisma } from "../../tooling/vitest/scratch-prisma";
import { securityEventsPage } from "./security-log";
import { recordSignIn } from "./sign-in-entry";

let db: Awaited<ReturnType<typeof scratchPrisma>>;
let prisma: PrismaClient;
beforeAll(async () => {
  db = await scratchPrisma();
  prisma = db.prisma;
});
afterAll(() => db.drop());

const newUser = () => prisma.user.create({ data: { email: `u${Math.random()}@example.test` } });
const now = new Date();
const minutesLater = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe("recordSignIn", () => {
  it("logs every sign-in, and marks only a device label the user has not signed in with before, never the first sign-in", async () => {
    const user = await newUser();
    const signIn = (device: string, at: Date) => recordSignIn(prisma, { userId: user.id, method: "nodemailer", device, now: at });
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
    const signIn = (device: string, at: Date) => recordSignIn(prisma, { userId: user.id, device, now: at }, 2);
    await signIn("first", now);
    expect((await signIn("a", minutesLater(1))).alert).toBe(true);
    expect((await signIn("b", minutesLater(2))).alert).toBe(true);
    // Still a new device (and logged so), but the third within the hour sends nothing.
    expect(await signIn("c", minutesLater(3))).toEqual({ newDevice: true, alert: false });
    expect((await signIn("d", minutesLater(62))).alert).toBe(true);
  });

  it("does not count another user's devices", async () => {
    const [one, two] = [await newUser(), await newUser()];
    await recordSignIn(prisma, { userId: one.id, device: "Safari on iOS", now });
    await recordSignIn(prisma, { userId: two.id, device: "Edge on Windows", now });
    expect((await recordSignIn(prisma, { userId: two.id, device: "Safari on iOS", now: minutesLater(1) })).newDevice).toBe(true);
  });
});
