import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SourceMapGenerator } from "source-map-js";
import { afterAll, describe, expect, it } from "vitest";
import { edgePackageBytes } from "./edge-package-bytes";

const dist = fs.mkdtempSync(path.join(os.tmpdir(), "bench-edge-bytes-"));
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

// Line 1: 4 characters of glue, then 10 from jose and 6 from next; line 2: 5 from the app.
fs.writeFileSync(path.join(dist, "chunk.js"), "/**/jose-code!next()\nmine;");
const map = new SourceMapGenerator({ file: "chunk.js" });
const from = (line: number, column: number, source: string) =>
  map.addMapping({ generated: { line, column }, original: { line: 1, column: 0 }, source });
from(1, 4, "../node_modules/jose/dist/webapi/jwe/decrypt.js");
from(1, 14, "../node_modules/next/dist/server/web/adapter.js");
from(2, 0, "[project]/middleware.ts");
fs.writeFileSync(path.join(dist, "chunk.js.map"), map.toString());
fs.writeFileSync(path.join(dist, "unmapped.js"), "abc");

// The same chunk as Next.js 16.5 maps it: an index map whose second section starts on line 2 and
// holds a mapping without a source (glue), which source-map-js alone cannot read.
const glueFirst = new SourceMapGenerator({ file: "indexed.js" });
glueFirst.addMapping({ generated: { line: 1, column: 0 } });
glueFirst.addMapping({ generated: { line: 1, column: 1 }, original: { line: 1, column: 0 }, source: "[project]/middleware.ts" });
fs.writeFileSync(path.join(dist, "indexed.js"), "/**/jose-code!next()\nmine;");
fs.writeFileSync(
  path.join(dist, "indexed.js.map"),
  JSON.stringify({ version: 3, sections: [{ offset: { line: 0, column: 0 }, map: JSON.parse(map.toString()) }, { offset: { line: 1, column: 0 }, map: JSON.parse(glueFirst.toString()) }] }),
);

describe("the middleware by package", () => {
  it("attributes every character to the source it was mapped from, the rest to glue", () => {
    expect(edgePackageBytes(dist, ["chunk.js", "unmapped.js"])).toEqual([
      { owner: "jose", bytes: 10 },
      { owner: "(no source: bundler glue)", bytes: 8 },
      { owner: "next", bytes: 6 },
      { owner: "the app's own files", bytes: 5 },
    ]);
  });

  it("reads index maps (sections) too, a section's mapping without a source counting as glue", () => {
    expect(edgePackageBytes(dist, ["indexed.js"])).toEqual([
      { owner: "jose", bytes: 10 },
      { owner: "next", bytes: 6 },
      // The 4 characters before the first mapping, the line break, and the sourceless mapping's 1.
      { owner: "(no source: bundler glue)", bytes: 6 },
      { owner: "the app's own files", bytes: 4 },
    ]);
  });
});
