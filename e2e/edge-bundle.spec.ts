// The edge promise, checked on the very build the other specs run against.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { checkEdgeBundle, describeEdgeBundle } from "../tooling/harness/tools";
import { DIST_DIR } from "../tooling/harness/next-app";

test("the middleware bundle holds no database, mail or Node-only code", async ({}, testInfo) => {
  const report = checkEdgeBundle(path.resolve(DIST_DIR));
  const summary = describeEdgeBundle(report);
  console.log(summary);
  testInfo.annotations.push({ type: "edge bundle", description: summary });

  expect(report.problems).toEqual([]);
  // It read the real bundle: the JWT decryption is there, and the size is that of a middleware.
  expect(report.bundle.packages).toEqual(expect.arrayContaining(["jose", "@panva/hkdf"]));
  expect(report.bundle.gzipBytes).toBeGreaterThan(10_000);
  // The middleware decodes the session and applies the rules; Auth.js's handler (its pages, its
  // OAuth client) never runs there, so it must not be carried there either.
  for (const handlerOnly of ["next-auth", "preact", "preact-render-to-string", "oauth4webapi"]) {
    expect(report.bundle.packages, `${handlerOnly} in the middleware`).not.toContain(handlerOnly);
  }
});
