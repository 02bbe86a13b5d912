import { describe, expect, it } from "vitest";
import { formatReport, statementsText } from "./report";
import type { BenchResults } from "./results";

const none = { total: 0, byKind: {}, byQuery: [] };
const oneSelect = { total: 1, byKind: { SELECT: 1 }, byQuery: [{ query: 'SELECT "role" FROM "users" WHERE "id" = $1', calls: 1 }] };

const results: BenchResults = {
  date: "2026-11-30T00:00:00.000Z",
  machine: { cpu: "Test CPU", cores: 2, memoryGiB: 24, os: "Linux x64", node: "v20.20.2", next: "16.4.5", nextAuth: "5.0.0-beta.32" },
  loadAverage: { before: 1, after: 2 },
  settings: { rounds: 3, seconds: 5, connections: 10, warmupRequests: 50 },
  build: { reused: true, seconds: 0 },
  variants: [
    {
      variant: "home-session",
      label: "/ with a session",
      path: "/",
      session: true,
      reqPerSec: { median: 152.84, min: 126.8, max: 167.6 },
      p50Ms: 59,
      p99Ms: 1320,
      requests: 2300,
      unexpected: { 307: 4 },
      statementsPerRequest: 0,
    },
  ],
  ratios: [
    { id: "session-overhead", label: "session overhead", numerator: "home-session", denominator: "home-anon", target: 0.9, note: "same page", value: { median: 0.61, min: 0.52, max: 0.67 } },
    { id: "api", label: "API", numerator: "me-session", denominator: "live-anon", target: 0.8, note: "no database", value: { median: 0.85, min: 0.8, max: 0.9 } },
  ],
  database: {
    sessions: {
      signInNewUser: { request: none, callback: oneSelect },
      signInReturningUser: { request: none, callback: none },
      refreshSeconds: 1,
      sessionRefresh: oneSelect,
    },
  },
  latency: [
    { latencyMs: 0, steps: { request: { roundTrips: 3, p50Ms: 41 }, callback: { roundTrips: 5, p50Ms: 52 }, page: { roundTrips: 0, p50Ms: 12 } } },
    { latencyMs: 25, steps: { request: { roundTrips: 3, p50Ms: 118 }, callback: { roundTrips: 5, p50Ms: 180 }, page: { roundTrips: 0, p50Ms: 12.4 } } },
  ],
  middleware: {
    rawBytes: 343_552,
    gzipBytes: 112_435,
    files: 5,
    packages: ["jose", "next"],
    packageBytes: [
      { owner: "next", bytes: 168_858 },
      { owner: "jose", bytes: 34_611 },
    ],
    floor: { next: "16.4.5", rawBytes: 173_079, gzipBytes: 57_628, modules: 114, source: "recorded" },
    authGzipBytes: 54_807,
    targets: { totalGzipBytes: 73_728, authGzipBytes: 14_336 },
  },
  coldStart: {
    listeningMs: 193,
    firstAuthenticated200Ms: 563,
    firstAuthenticatedRequestMs: 370,
    warmAuthenticatedRequestMs: 24,
    firstPageChecked: false,
    firstPlainRequestMs: 40,
    warmPlainRequestMs: 2,
    firstDatabaseRequestMs: 338,
    warmDatabaseRequestMs: 7,
  },
  serverMemory: [
    { command: "node next start", rssBytes: 60 * 2 ** 20 },
    { command: "next-server", rssBytes: 450 * 2 ** 20 },
  ],
};

describe("the benchmark's table", () => {
  const report = formatReport(results);
  const row = (start: string) => report.split("\n").find((line) => line.startsWith(`| ${start}`)) ?? "";

  it("shows each request's rate, latency, statements and any unexpected status", () => {
    expect(row("/ with a session")).toMatch(/\| 152\.8 \(126\.8–167\.6\) +\| 59 ms +\| 1\.32 s +\| 0\.00 +\| 4× 307 +\|/);
  });

  it("says for each ratio and size whether the target held, without failing", () => {
    expect(row("session overhead")).toMatch(/0\.61 \(0\.52–0\.67\) .*≥ 0\.9 .*not yet/);
    expect(row("API")).toMatch(/0\.85 \(0\.80–0\.90\) .*≥ 0\.8 .*held/);
    expect(row("bundle (5 files)")).toMatch(/335\.5 KB raw, 109\.8 KB gzip .*≤ 72\.0 KB gzip .*not yet/);
    expect(row("auth's share above the floor")).toMatch(/53\.5 KB gzip .*≤ 14\.0 KB gzip .*not yet/);
  });

  it("breaks the middleware down by package", () => {
    expect(report).toContain("the middleware by package (raw): next 164.9 KB, jose 33.8 KB");
  });

  it("traces counted statements to their SQL", () => {
    expect(row("session check")).toContain("| 1 (1 SELECT)");
    expect(report).toContain('session refresh: 1× SELECT "role" FROM "users" WHERE "id" = $1');
  });

  it("prints each sign-in step's round trips beside its goal, and its p50 at each latency", () => {
    expect(row("magic-link request")).toMatch(/\| 3 +\| ≤ 4 +\| held +\| 41 ms +\| 118 ms +\|$/);
    expect(row("magic-link callback")).toMatch(/\| 5 +\| ≤ 4 +\| not yet +\| 52 ms +\| 180 ms +\|$/);
    expect(row("signed-in page")).toMatch(/\| 0 +\| 0 +\| held +\| 12 ms +\| 12 ms +\|$/);
  });

  it("adds up the server's processes", () => {
    expect(row("server RSS after the run")).toContain("510 MB (node next start 60 MB, next-server 450 MB)");
  });

  it("prints statements that could not be counted as such, not as zero", () => {
    expect(statementsText({ total: Number.NaN, byKind: {}, byQuery: [] })).toBe("not counted");
    expect(statementsText(none)).toBe("0");
  });
});
