import { describe, expect, it } from "vitest";
import { whyBuildFailed } from "./build-log";

describe("whyBuildFailed", () => {
  it("names npm's error and Vercel's verdict when the build command breaks", () => {
    const log = [
      "> prisma generate && npm run biuld && tsx tooling/vercel-check/offline-migrate.ts",
      'npm error Missing script: "biuld"',
      "npm error",
      "npm error To see a list of scripts, run:",
      "npm error   npm run",
      "npm error A complete log of this run can be found in: /root/.npm/_logs/x.log",
      'Error: Command "npm run vercel-build" exited with 1',
    ].join("\n");
    expect(whyBuildFailed(log)).toBe('npm error Missing script: "biuld" | Error: Command "npm run vercel-build" exited with 1');
  });

  it("puts the edge guard's own lines first when the middleware imports Prisma", () => {
    const log = [
      "▸ middleware bundle: 6 files, 5236 KB raw",
      "✖ @prisma/client is in the middleware (Edge) bundle, imported through middleware.ts → auth.config.ts → prisma.ts",
      "✖ keep auth.config.ts and everything it imports free of database and Node-only code",
      "npm error code 1",
      'Error: Command "npm run vercel-build" exited with 1',
    ].join("\n");
    expect(whyBuildFailed(log)).toMatch(/^✖ @prisma\/client is in the middleware \(Edge\) bundle, imported through middleware.ts/);
  });
});
