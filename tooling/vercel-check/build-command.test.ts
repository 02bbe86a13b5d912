import { describe, expect, it } from "vitest";
import { OFFLINE_MIGRATE_STEP, offlineVercelBuild } from "./build-command";

const vercelJson = JSON.stringify({ framework: "nextjs", buildCommand: "npm run vercel-build" });
const packageJson = (script?: string) => JSON.stringify({ scripts: script === undefined ? {} : { "vercel-build": script } });

describe("offlineVercelBuild", () => {
  it("keeps every step and swaps only the last, prisma migrate deploy, for the built-in runner", () => {
    expect(offlineVercelBuild(packageJson("prisma generate && npm run build && prisma migrate deploy"), vercelJson)).toBe(
      `prisma generate && npm run build && ${OFFLINE_MIGRATE_STEP}`,
    );
  });

  it("refuses a build command that would not migrate, or that Vercel would not run", () => {
    expect(() => offlineVercelBuild(packageJson("prisma generate && npm run build"), vercelJson)).toThrow(
      /must end with "&& prisma migrate deploy", or a deploy would not migrate/,
    );
    expect(() => offlineVercelBuild(packageJson("prisma migrate deploy"), vercelJson)).toThrow(/must end with/);
    expect(() => offlineVercelBuild(packageJson(), vercelJson)).toThrow(/no "vercel-build" script/);
    expect(() => offlineVercelBuild(packageJson("npm run build && prisma migrate deploy"), JSON.stringify({ buildCommand: "next build" }))).toThrow(
      /vercel.json's buildCommand is "next build"/,
    );
  });
});
