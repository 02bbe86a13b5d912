import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SourceMapGenerator } from "source-map-js";
import { afterAll, describe, expect, it } from "vitest";
import { summarizeProfile, type CpuProfile } from "./cpu-profile";

// A bundled edge chunk whose source map says its code came from jose.
const project = fs.mkdtempSync(path.join(os.tmpdir(), "bench-profile-"));
const chunk = path.join(project, ".next/server/edge/chunks/middleware.js");
fs.mkdirSync(path.dirname(chunk), { recursive: true });
fs.writeFileSync(chunk, "decrypt();\n");
const map = new SourceMapGenerator({ file: "middleware.js" });
map.addMapping({ generated: { line: 1, column: 0 }, original: { line: 10, column: 2 }, source: "../../../../node_modules/jose/dist/webapi/jwe/decrypt.js" });
fs.writeFileSync(`${chunk}.map`, map.toString());
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));
const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0, columnNumber: 0 });

// root ─┬─ idle
//       └─ next's handler ─┬─ jose (edge bundle) ─ webcrypto
//                          └─ app/page.tsx
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)", ""), children: [2, 3] },
    { id: 2, callFrame: frame("(idle)", "") },
    { id: 3, callFrame: frame("handle", `file://${project}/node_modules/next/dist/server/base-server.js`), children: [4, 6] },
    { id: 4, callFrame: frame("decrypt", chunk), children: [5] },
    { id: 5, callFrame: frame("digest", "node:internal/crypto/webcrypto") },
    { id: 6, callFrame: frame("Page", path.join(project, "app/page.tsx")) },
  ],
  // 10 samples of 1 ms: 2 idle, 1 in next, 3 in jose, 2 under it in webcrypto, 2 in the page.
  samples: [2, 2, 3, 4, 4, 4, 5, 5, 6, 6],
  timeDeltas: Array.from({ length: 10 }, () => 1000),
  startTime: 0,
  endTime: 10_000,
};

describe("a CPU profile's summary", () => {
  const summary = summarizeProfile(profile, project);
  const ms = (list: typeof summary.self, where: string) => list.find((share) => share.where === where)?.ms;

  it("leaves idle time out of the busy time", () => {
    expect(summary.totalMs).toBe(10);
    expect(summary.busyMs).toBe(8);
  });

  it("gives each package its own time, the edge bundle's frames marked as such", () => {
    expect(ms(summary.self, "next")).toBe(1);
    expect(ms(summary.self, "edge jose")).toBe(3);
    expect(ms(summary.self, "node:internal/crypto/webcrypto")).toBe(2);
    expect(ms(summary.self, "app/page.tsx")).toBe(2);
  });

  it("counts inclusive time once per sample, and in the groups", () => {
    expect(ms(summary.inclusive, "next")).toBe(8);
    expect(ms(summary.inclusive, "edge jose")).toBe(5);
    expect(ms(summary.inclusive, "[the middleware's bundle]")).toBe(5);
    expect(ms(summary.inclusive, "[Auth.js at the edge]")).toBe(5);
    expect(ms(summary.inclusive, "[Auth.js on Node]")).toBeUndefined();
    expect(summary.inclusive.find((share) => share.where === "next")?.percent).toBe(100);
  });

  it("names the JWT crypto by the module of its outermost jose or @panva/hkdf frame", () => {
    expect(summary.crypto).toEqual([{ where: "edge jose dist/webapi/jwe/decrypt.js", ms: 5, percent: 62.5 }]);
  });

  it("reads only the samples inside a window of the monotonic clock", () => {
    // Samples are taken at 1000, 2000, … µs: the window 6500–10000 holds the last four.
    const late = summarizeProfile(profile, project, { fromMicros: 6500, toMicros: 10_000 });
    expect(late.totalMs).toBe(4);
    expect(ms(late.self, "node:internal/crypto/webcrypto")).toBe(2);
    expect(ms(late.self, "edge jose")).toBeUndefined();
  });
});
