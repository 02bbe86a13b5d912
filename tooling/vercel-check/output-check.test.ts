// The output checks against small generated .vercel/output trees: one that passes, and one
// mistake each that a real build could make.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkVercelOutput } from "./output-check";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "vercel-output-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const RUNTIME = "node_modules/@prisma/client/runtime/client.js";
const COMPILER = "node_modules/@prisma/client/runtime/query_compiler_fast_bg.postgresql.wasm-base64.mjs";
const CHUNK = ".next/server/chunks/app.js";
const APP_SOURCES = ["../../../prisma.ts", "../../../node_modules/@neondatabase/serverless/index.mjs", "../../../node_modules/@prisma/adapter-neon/dist/index.mjs"];

type Tree = {
  middlewareRuntime?: string;
  middlewareCode?: Buffer;
  middlewarePackages?: string[];
  nodeRuntime?: string;
  traced?: string[];
  chunkSources?: string[];
  written?: string[];
  noConfig?: boolean;
};

function write(file: string, content: string | Buffer) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/** A project after `vercel build`: its .next chunks and maps, node_modules files, and .vercel/output. */
function build(name: string, tree: Tree = {}) {
  const project = path.join(root, name);
  const output = path.join(project, ".vercel", "output");
  const functions = path.join(output, "functions");
  if (!tree.noConfig) write(path.join(output, "config.json"), "{}");

  // The middleware: its bundle's map names the .next edge chunk, whose map names the modules.
  write(path.join(functions, "middleware.func", ".vc-config.json"), JSON.stringify({ runtime: tree.middlewareRuntime ?? "edge", entrypoint: "index.js" }));
  write(path.join(functions, "middleware.func", "index.js"), tree.middlewareCode ?? "middleware();");
  write(path.join(functions, "middleware.func", "index.js.map"), JSON.stringify({ version: 3, sources: ["server/edge/chunks/edge.js"], mappings: "" }));
  write(path.join(project, ".next", "server", "edge", "chunks", "edge.js"), "edge();");
  const edgeSources = ["../../../../middleware.ts", "../../../../node_modules/jose/dist/index.js", ...(tree.middlewarePackages ?? []).map((p) => `../../../../node_modules/${p}/index.js`)];
  write(path.join(project, ".next", "server", "edge", "chunks", "edge.js.map"), JSON.stringify({ version: 3, sources: [], sections: [{ offset: { line: 0, column: 0 }, map: { version: 3, sources: edgeSources, mappings: "" } }] }));

  // One Node function serving two routes, the second through a link as Vercel's builder writes it.
  const traced = tree.traced ?? [RUNTIME, COMPILER, CHUNK];
  for (const file of tree.written ?? traced) write(path.join(project, file), "code();");
  write(path.join(project, `${CHUNK}.map`), JSON.stringify({ version: 3, sources: tree.chunkSources ?? APP_SOURCES, mappings: "" }));
  const filePathMap = Object.fromEntries(traced.map((file) => [file, file]));
  write(path.join(functions, "api", "health.func", ".vc-config.json"), JSON.stringify({ runtime: tree.nodeRuntime ?? "nodejs24.x", handler: "___next_launcher.cjs", filePathMap }));
  fs.symlinkSync("health.func", path.join(functions, "api", "me.func"));

  return checkVercelOutput({ outputDir: output, projectDir: project, distDir: path.join(project, ".next"), nodeMajor: "24" });
}

describe("checkVercelOutput", () => {
  it("passes an Edge middleware and a Node function that carries the database's code", () => {
    const report = build("good");
    expect(report.problems).toEqual([]);
    expect(report.nodeFunctions).toEqual([{ name: "api/health", runtime: "nodejs24.x", routes: ["/api/health", "/api/me"], reachesDatabase: true }]);
    expect(report.middleware?.rawBytes).toBe("middleware();".length);
  });

  it("fails when the middleware imports Prisma", () => {
    expect(build("prisma-at-edge", { middlewarePackages: ["@prisma/client", "@neondatabase/serverless"] }).problems).toEqual([
      "the middleware function carries @neondatabase/serverless, @prisma/client: database or Node-only code at the edge (keep auth.config.ts and what it imports free of it; `npm run check:edge` names the import chain)",
    ]);
  });

  it("fails when the middleware is not an Edge function, or is over Vercel's Hobby limit", () => {
    expect(build("node-middleware", { middlewareRuntime: "nodejs24.x" }).problems[0]).toMatch(/^the middleware is a nodejs24.x function, not "edge"/);
    // Random bytes do not compress: 1.1 MB stays over 1 MB after gzip.
    expect(build("big-middleware", { middlewareCode: randomBytes(1_100_000) }).problems[0]).toMatch(/^the middleware is 1\.\d\d MB after gzip, over Vercel's Edge limit on the Hobby plan/);
  });

  it("fails when the functions get another Node line than CI tests", () => {
    expect(build("node-22", { nodeRuntime: "nodejs22.x" }).problems).toEqual([
      'function api/health runs on nodejs22.x, not nodejs24.x (the Node line CI tests, .nvmrc): set package.json engines.node to "24.x"',
    ]);
  });

  it("fails when a function that reaches the database lacks Prisma's query compiler or the Neon driver", () => {
    expect(build("no-compiler", { traced: [RUNTIME, CHUNK] }).problems).toEqual([
      "function api/health (/api/health, /api/me…) reaches the database but does not carry Prisma's WebAssembly query compiler (@prisma/client/runtime/query_compiler*.wasm*): its first query would fail on Vercel",
    ]);
    expect(build("no-neon", { chunkSources: ["../../../prisma.ts"] }).problems[0]).toMatch(/does not carry the Neon driver \(@neondatabase\/serverless\), Prisma's Neon adapter/);
  });

  it("fails when a function lists a file the build did not write", () => {
    expect(build("missing-file", { written: [RUNTIME, CHUNK] }).problems).toEqual([
      `function api/health lists 1 file(s) the build did not write, e.g. ${COMPILER}: a deploy would upload it without them`,
    ]);
  });

  it("fails when no function's code includes prisma.ts: the check would be blind", () => {
    expect(build("blind", { chunkSources: [] }).problems).toEqual([
      "no function's code includes prisma.ts: either nothing reaches the database, or its source maps are missing and this check is blind to it",
    ]);
  });

  it("fails when the build did not finish", () => {
    expect(build("broken-build", { noConfig: true }).problems[0]).toMatch(/has no config.json: `vercel build` did not finish/);
  });
});
