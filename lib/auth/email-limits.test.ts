import { describe, expect, it } from "vitest";
import { scratchPrismaForFile } from "../../tooling/vitest/scratch-prisma";
import { emailLimits, reserveSignInEmail } from "./email-limits";

const PARALLEL = 20;
const { prisma } = await scratchPrismaForFile({ max: PARALLEL });

const limits = { perAddress: 3, perClient: 5, windowMinutes: 15 };

/**
 * Opens all of the pool's connections first: opening one takes several round trips, which would
 * otherwise spread the racing requests out in time until they no longer overlap.
 */
const warmPool = () => Promise.all(Array.from({ length: PARALLEL }, () => prisma.$queryRaw`SELECT pg_sleep(0.2)::text`));
const sends = (key: string) => prisma.signInEmailSend.count({ where: { key } });

describe("reserveSignInEmail", () => {
  it("lets exactly the limit through when twenty requests for one address race", async () => {
    const address = "race@example.test";
    await warmPool();
    const outcomes = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => reserveSignInEmail(prisma, { address, client: `ipv4:198.51.100.${i}` }, limits)),
    );
    expect(outcomes.filter((refusal) => refusal === undefined)).toHaveLength(3);
    const refusals = outcomes.filter((refusal) => refusal !== undefined);
    expect(refusals).toHaveLength(17);
    for (const refusal of refusals) {
      expect(refusal.limit).toBe("address");
      expect(refusal.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(refusal.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
    expect(await sends(`address:${address}`)).toBe(3);
  });

  it("counts an address's sub-addresses, and Gmail's dotted spellings, as one inbox", async () => {
    const variants = Array.from({ length: 10 }, (_, i) => `plus+${i}@example.test`);
    const outcomes = [];
    for (const [i, address] of variants.entries()) outcomes.push(await reserveSignInEmail(prisma, { address, client: `ipv4:198.51.100.${100 + i}` }, limits));
    expect(outcomes.map((refusal) => refusal?.limit)).toEqual([undefined, undefined, undefined, ...Array(7).fill("address")]);
    expect(await reserveSignInEmail(prisma, { address: "plus@example.test", client: "ipv4:198.51.100.120" }, limits)).toMatchObject({ limit: "address" });
    expect(await sends("address:plus@example.test")).toBe(3);

    const gmail = ["d.o.t.s@gmail.com", "dots+x@googlemail.com", "do.ts@gmail.com", "dots@gmail.com"];
    const gmailOutcomes = [];
    for (const [i, address] of gmail.entries()) gmailOutcomes.push(await reserveSignInEmail(prisma, { address, client: `ipv4:198.51.100.${130 + i}` }, limits));
    expect(gmailOutcomes.map((refusal) => refusal?.limit)).toEqual([undefined, undefined, undefined, "address"]);
    // Another inbox of the same domain keeps its own budget.
    expect(await reserveSignInEmail(prisma, { address: "dots.other@example.test", client: "ipv4:198.51.100.140" }, limits)).toBeUndefined();
  });

  it("limits one client across addresses, and records nothing for a refused request", async () => {
    const client = "ipv4:203.0.113.50";
    await warmPool();
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => reserveSignInEmail(prisma, { address: `spray-${i}@example.test`, client }, limits)),
    );
    expect(outcomes.filter((refusal) => refusal === undefined)).toHaveLength(5);
    expect(outcomes.find((refusal) => refusal !== undefined)?.limit).toBe("client");
    expect(await sends(`client:${client}`)).toBe(5);
    // The refused seven left no address rows behind: those addresses keep their whole budget.
    expect(await prisma.signInEmailSend.count({ where: { key: { startsWith: "address:spray-" } } })).toBe(5);
    // Another client is not affected.
    expect(await reserveSignInEmail(prisma, { address: "spray-0@example.test", client: "ipv4:203.0.113.51" }, limits)).toBeUndefined();
  });

  it("frees a slot once the oldest send leaves the window, and says when that will be", async () => {
    const address = "window@example.test";
    const client = "ipv4:203.0.113.60";
    // Three sends: 14, 10 and 2 minutes ago.
    for (const minutesAgo of [14, 10, 2]) {
      await prisma.signInEmailSend.create({ data: { key: `address:${address}`, sentAt: new Date(Date.now() - minutesAgo * 60_000) } });
    }
    const refusal = await reserveSignInEmail(prisma, { address, client }, limits);
    expect(refusal?.limit).toBe("address");
    expect(refusal?.retryAfterSeconds).toBeGreaterThan(50);
    expect(refusal?.retryAfterSeconds).toBeLessThanOrEqual(60);
    await prisma.signInEmailSend.updateMany({ where: { key: `address:${address}` }, data: { sentAt: { set: new Date(Date.now() - 16 * 60_000) } } });
    expect(await reserveSignInEmail(prisma, { address, client }, limits)).toBeUndefined();
  });

  it("deletes expired rows as new sends come in", async () => {
    await prisma.signInEmailSend.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ key: `address:old-${i}@example.test`, sentAt: new Date(Date.now() - 60 * 60_000) })),
    });
    await reserveSignInEmail(prisma, { address: "fresh@example.test", client: "ipv4:203.0.113.70" }, limits);
    expect(await prisma.signInEmailSend.count({ where: { key: { startsWith: "address:old-" } } })).toBe(0);
  });
});

describe("emailLimits", () => {
  it("reads the three settings, with their defaults", () => {
    expect(emailLimits({})).toEqual({ perAddress: 3, perClient: 20, windowMinutes: 15 });
    expect(emailLimits({ EMAIL_LIMIT_PER_ADDRESS: "5", EMAIL_LIMIT_PER_CLIENT: "50", EMAIL_LIMIT_WINDOW_MINUTES: "60" })).toEqual({
      perAddress: 5,
      perClient: 50,
      windowMinutes: 60,
    });
  });
});
