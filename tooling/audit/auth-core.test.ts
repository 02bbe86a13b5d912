// Exactly one @auth/core installed: next-auth and @auth/prisma-adapter each depend on it, and two
// copies (even of one version) would mean two sets of error classes and types the app checks against.
import { execFileSync } from "node:child_process";
import { expect, it } from "vitest";

it("has exactly one @auth/core installed", () => {
  const nodes = JSON.parse(execFileSync("npm", ["query", "#@auth/core"], { encoding: "utf8" })) as { location: string; version: string }[];
  expect(nodes.map(({ location, version }) => `${location}@${version}`)).toHaveLength(1);
  // And next-auth uses that one: npm ls names every copy, deduped or not.
  const tree = execFileSync("npm", ["ls", "@auth/core", "--all", "--parseable"], { encoding: "utf8" });
  expect(new Set(tree.trim().split("\n")).size).toBe(1);
});
