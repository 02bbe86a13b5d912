import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkEdgeBundle, describeEdgeBundle } from "./edge-guard";

const fixture = path.resolve("tooling/edge-check/fixtures/edge-broken");

describe("edge guard", () => {
  it("fails on a middleware whose config imports prisma.ts, naming the import chain", { timeout: 180_000 }, () => {
    const build = spawnSync(process.execPath, [createRequire(import.meta.url).resolve("next/dist/bin/next"), "build", fixture], {
      encoding: "utf8",
      env: {
        ...process.env,
        NEXT_DIST_DIR: "",
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_SECRET: "edge-guard-fixture-secret-edge-guard-fixture",
        DATABASE_URL: "postgresql://fixture:fixture@127.0.0.1:1/fixture",
      },
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);

    const report = checkEdgeBundle(path.join(fixture, ".next"), fixture);
    console.log(describeEdgeBundle(report));
    expect(report.problems).toContain(
      "@prisma/client is in the middleware (Edge) bundle, imported through middleware.ts → auth.config.ts → ../../../../prisma.ts → ../../../../generated/prisma/client.ts → @prisma/client",
    );
    expect(report.problems.some((p) => p.startsWith("@prisma/adapter-neon is in the middleware"))).toBe(true);
    expect(report.problems.some((p) => p.startsWith("ws is in the middleware"))).toBe(true);
    expect(report.problems.some((p) => p.startsWith("node:"))).toBe(true);
  });
});
