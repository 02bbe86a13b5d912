import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readEdgeBundle } from "./edge-bundle";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "edge-bundle-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A build folder whose middleware is one chunk with the given source map. */
function distWith(name: string, map: unknown): string {
  const dist = path.join(root, name);
  fs.mkdirSync(path.join(dist, "server", "edge"), { recursive: true });
  const manifest = { middleware: { "/": { files: ["server/edge/chunk.js"] } } };
  fs.writeFileSync(path.join(dist, "server", "middleware-manifest.json"), JSON.stringify(manifest));
  fs.writeFileSync(path.join(dist, "server", "edge", "chunk.js"), "code();");
  fs.writeFileSync(path.join(dist, "server", "edge", "chunk.js.map"), JSON.stringify(map));
  return dist;
}

const section = (sources: string[]) => ({ offset: { line: 0, column: 0 }, map: { version: 3, sources, names: [], mappings: "" } });

describe("readEdgeBundle", () => {
  it("lists the packages of a plain source map", () => {
    const dist = distWith("plain", { version: 3, sources: ["../../node_modules/jose/dist/index.js"], names: [], mappings: "" });
    expect(readEdgeBundle(dist).packages).toEqual(["jose"]);
  });

  // Next.js 16.5's Turbopack: an empty top-level `sources`, every module in a section.
  it("lists the packages of an index map's sections", () => {
    const dist = distWith("index", {
      version: 3,
      sources: [],
      sections: [section(["../../middleware.ts"]), section(["../../node_modules/@prisma/client/runtime/client.js", "../../node_modules/jose/dist/index.js"])],
    });
    expect(readEdgeBundle(dist).packages).toEqual(["@prisma/client", "jose"]);
  });

  it("refuses maps it cannot read any source from, instead of passing everything", () => {
    const dist = distWith("unknown", { version: 3, sources: [], chunks: [{ sources: ["../../node_modules/@prisma/client/index.js"] }] });
    expect(() => readEdgeBundle(dist)).toThrow(/list no sources in a shape this check reads/);
  });
});
