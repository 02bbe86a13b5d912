import { describe, expect, it } from "vitest";
import { median, ratioSpread, schedule, summarizeVariant, type Sample } from "./rounds";

const sample = (variant: string, round: number, requests: number, extra: Partial<Sample> = {}): Sample => ({
  variant,
  round,
  requests,
  seconds: 10,
  p50Ms: 10,
  p99Ms: 50,
  statuses: { 200: requests },
  ...extra,
});

describe("benchmark rounds", () => {
  it("alternate the order of the variants from one round to the next", () => {
    const order = schedule(["a", "b", "c"], 3).map(({ round, variant }) => `${round}${variant}`);
    expect(order).toEqual(["0a", "0b", "0c", "1c", "1b", "1a", "2a", "2b", "2c"]);
  });

  it("take each ratio inside one round, so a slower machine in a later round cancels out", () => {
    // Round 1 ran on a machine twice as busy: both sides halve, the ratio stays.
    const samples = [sample("with", 0, 600), sample("without", 0, 1000), sample("with", 1, 300), sample("without", 1, 500)];
    expect(ratioSpread(samples, "with", "without")).toEqual({ median: 0.6, min: 0.6, max: 0.6 });
  });

  it("summarise a variant by the median of its rounds and report responses with another status", () => {
    const samples = [
      sample("page", 0, 1000, { p50Ms: 8, statements: 0 }),
      sample("page", 1, 800, { p50Ms: 12, statuses: { 200: 790, 307: 10 }, statements: 4 }),
      sample("page", 2, 900, { p50Ms: 10, statements: 0 }),
      sample("other", 0, 5),
    ];
    const summary = summarizeVariant("page", 200, samples);
    expect(summary.reqPerSec).toEqual({ median: 90, min: 80, max: 100 });
    expect(summary.p50Ms).toBe(10);
    expect(summary.unexpected).toEqual({ 307: 10 });
    expect(summary.statementsPerRequest).toBeCloseTo(4 / 2700);
  });

  it("leave the statements out when some round could not count them", () => {
    const summary = summarizeVariant("page", 200, [sample("page", 0, 10, { statements: 0 }), sample("page", 1, 10)]);
    expect(summary.statementsPerRequest).toBeUndefined();
  });

  it("take the middle of an even count as the mean of the two middle values", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
