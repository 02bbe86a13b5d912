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

describe("the middleware by package", () => {
  it("attributes every character to the source it was mapped from, the rest to glue", () => {
    expect(edgePackageBytes(dist, ["chunk.js", "unmapped.js"])).toEqual([
      { owner: "jose", bytes: 10 },
      { owner: "(no source: bundler glue)", bytes: 8 },
      { owner: "next", bytes: 6 },
      { owner: "the app's own files", bytes: 5 },
    ]);
  });
});
