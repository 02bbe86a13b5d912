// The edge promise, checked on the very build the other specs run against.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { checkEdgeBundle, describeEdgeBundle } from "../tooling/edge-check/edge-guard";
import { DIST_DIR } from "./harness/next-app";

test("the middleware bundle holds no database, mail or Node-only code", async ({}, testInfo) => {
  const report = checkEdgeBundle(path.resolve(DIST_DIR));
  const summary = describeEdgeBundle(report);
  console.log(summary);
  testInfo.annotations.push({ type: "edge bundle", description: summary });

  expect(report.problems).toEqual([]);
  // It read the real bundle: Auth.js is there, and the size is that of a middleware, not of nothing.
  expect(report.bundle.packages).toEqual(expect.arrayContaining(["next-auth", "@auth/core"]));
  expect(report.bundle.gzipBytes).toBeGreaterThan(10_000);
});
