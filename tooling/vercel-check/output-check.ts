// Reads what `vercel build` wrote (.vercel/output) and says, one line per problem, what a deploy of
// it would get wrong: the middleware not on the Edge runtime, too big for Vercel's Edge limit or
// carrying database code; a Node function on another Node line than CI tests; a function that
// reaches the database without Prisma's runtime, its WebAssembly query compiler or the Neon driver;
// a function pointing at a file the build did not write.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { isForbiddenPackage } from "../edge-check/edge-bundle";
import { functionContents, middlewareContents } from "./function-contents";
import { vercelFunctions, type VercelFunction } from "./vercel-functions";

// Vercel's Edge size limit after gzip (vercel.com/docs/functions/limitations): Hobby 1 MB, Pro 2 MB,
// Enterprise 4 MB. The starter must deploy on a free plan, so Hobby's is the one that fails.
export const EDGE_LIMITS = { Hobby: 1024 * 1024, Pro: 2 * 1024 * 1024, Enterprise: 4 * 1024 * 1024 } as const;

export type OutputReport = {
  problems: string[];
  middleware?: { rawBytes: number; gzipBytes: number };
  nodeFunctions: { name: string; runtime?: string; routes: string[]; reachesDatabase: boolean }[];
};

const PRISMA_RUNTIME = /^node_modules\/@prisma\/client\/runtime\/client\.(c|m)?js$/;
const QUERY_COMPILER = /^node_modules\/@prisma\/client\/runtime\/query_compiler[^/]*\.wasm/;
// The one Prisma client (prisma.ts) or the client it imports: code that talks to the database.
const DATABASE_CODE = /(^|\/)(prisma\.ts|generated\/prisma\/)/;

function sizeOf(dir: string): { rawBytes: number; gzipBytes: number } {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const full = path.join(dir, file);
    // What runs: the code and its assets, not the build's description of it or a source map.
    if (!fs.statSync(full).isFile() || file === ".vc-config.json" || file.endsWith(".map")) continue;
    const bytes = fs.readFileSync(full);
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes).length;
  }
  return { rawBytes, gzipBytes };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function checkMiddleware(fn: VercelFunction | undefined, distDir: string, report: OutputReport): void {
  if (!fn) {
    report.problems.push("no middleware function in .vercel/output/functions: middleware.ts did not become Vercel's Routing Middleware, so no route is protected at the edge");
    return;
  }
  if (fn.config.runtime !== "edge") {
    report.problems.push(`the middleware is a ${fn.config.runtime ?? "runtime-less"} function, not "edge": every request would start a Node function (keep middleware.ts on the Edge runtime)`);
  }
  const size = sizeOf(fn.dir);
  report.middleware = size;
  if (size.gzipBytes > EDGE_LIMITS.Hobby) {
    report.problems.push(`the middleware is ${mb(size.gzipBytes)} after gzip, over Vercel's Edge limit on the Hobby plan (1 MB; Pro 2 MB, Enterprise 4 MB): see what grew with \`npm run bench\`'s middleware-by-package line`);
  }
  const forbidden = [...middlewareContents(fn.dir, distDir).packages].filter(isForbiddenPackage).sort();
  if (forbidden.length) {
    report.problems.push(`the middleware function carries ${forbidden.join(", ")}: database or Node-only code at the edge (keep auth.config.ts and what it imports free of it; \`npm run check:edge\` names the import chain)`);
  }
}

function checkNodeFunction(fn: VercelFunction, projectDir: string, nodeMajor: string, report: OutputReport): void {
  const files = fn.config.filePathMap ?? {};
  const runtime = fn.config.runtime;
  if (runtime !== `nodejs${nodeMajor}.x`) {
    report.problems.push(`function ${fn.name} runs on ${runtime ?? "no runtime"}, not nodejs${nodeMajor}.x (the Node line CI tests, .nvmrc): set package.json engines.node to "${nodeMajor}.x"`);
  }
  const missing = Object.entries(files).filter(([, from]) => !fs.existsSync(path.join(projectDir, from)));
  if (missing.length) {
    report.problems.push(`function ${fn.name} lists ${missing.length} file(s) the build did not write, e.g. ${missing[0]?.[1]}: a deploy would upload it without them`);
  }
  const contents = functionContents(projectDir, files);
  const reachesDatabase = contents.sources.some((source) => DATABASE_CODE.test(source));
  report.nodeFunctions.push({ name: fn.name, runtime, routes: fn.routes, reachesDatabase });
  if (!reachesDatabase) return;
  const lacking = [
    Object.keys(files).some((file) => PRISMA_RUNTIME.test(file)) ? undefined : "Prisma's runtime (@prisma/client/runtime/client.js)",
    Object.keys(files).some((file) => QUERY_COMPILER.test(file)) ? undefined : "Prisma's WebAssembly query compiler (@prisma/client/runtime/query_compiler*.wasm*)",
    contents.packages.has("@neondatabase/serverless") ? undefined : "the Neon driver (@neondatabase/serverless)",
    contents.packages.has("@prisma/adapter-neon") ? undefined : "Prisma's Neon adapter (@prisma/adapter-neon)",
  ].filter(Boolean);
  if (lacking.length) {
    report.problems.push(`function ${fn.name} (${fn.routes.slice(0, 3).join(", ")}…) reaches the database but does not carry ${lacking.join(", ")}: its first query would fail on Vercel`);
  }
}

/** `projectDir`: where the build ran (filePathMap is relative to it); `distDir`: its .next folder. */
export function checkVercelOutput(options: { outputDir: string; projectDir: string; distDir: string; nodeMajor: string }): OutputReport {
  const report: OutputReport = { problems: [], nodeFunctions: [] };
  if (!fs.existsSync(path.join(options.outputDir, "config.json"))) {
    report.problems.push(`${options.outputDir} has no config.json: \`vercel build\` did not finish, so there is nothing to deploy`);
    return report;
  }
  const functions = vercelFunctions(options.outputDir);
  checkMiddleware(functions.find((fn) => fn.name === "middleware"), options.distDir, report);
  for (const fn of functions.filter((f) => f.name !== "middleware")) checkNodeFunction(fn, options.projectDir, options.nodeMajor, report);
  if (!report.nodeFunctions.some((fn) => fn.reachesDatabase)) {
    report.problems.push("no function's code includes prisma.ts: either nothing reaches the database, or its source maps are missing and this check is blind to it");
  }
  return report;
}
