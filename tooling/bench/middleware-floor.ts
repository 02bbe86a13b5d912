// The smallest middleware that can decide anything: it answers with `NextResponse` from
// next/server, as every real one does (this app's rewrites to /forbidden without any auth), and so
// carries Next's own edge runtime and request/response helpers. A bare `function middleware() {}`
// is about 9 KB gzip smaller, but no middleware that redirects or rewrites gets that small.
// Auth's share of the real middleware is what it adds above this floor. The
// figure depends on the Next.js version only, so it is recorded once per version (committed for
// the pinned one) and built in a scratch app inside the project when the version differs.
import fs from "node:fs";
import path from "node:path";
import { readEdgeBundle } from "../edge-check/edge-bundle";
import type { Cleanup } from "../harness/cleanup";
import { logTail, spawnLogged } from "../harness/process-group";
import { packageVersion } from "./machine";

export type MiddlewareFloor = { next: string; rawBytes: number; gzipBytes: number; modules: number };

const RECORDED = path.join(import.meta.dirname, "middleware-floor.json");
// Inside the project, so the scratch app resolves the project's node_modules; `.next*` keeps it
// out of git, the type-check and the linter.
const SCRATCH_DIR = ".next-bench-floor";

const SCRATCH_APP: Record<string, string> = {
  "next.config.mjs": "export default {};\n",
  "middleware.js": 'import { NextResponse } from "next/server";\n\nexport default function middleware() {\n  return NextResponse.next();\n}\n',
  "app/layout.js": "export default function Layout({ children }) {\n  return <html lang=\"en\"><body>{children}</body></html>;\n}\n",
  "app/page.js": "export default function Page() {\n  return <p>empty middleware floor</p>;\n}\n",
};

function readFloor(file: string, next: string): MiddlewareFloor | undefined {
  if (!fs.existsSync(file)) return undefined;
  const floor = JSON.parse(fs.readFileSync(file, "utf8")) as MiddlewareFloor;
  return floor.next === next ? floor : undefined;
}

/** The floor for the installed Next.js: recorded, cached in `cacheFile`, or built now. */
export async function middlewareFloor(options: {
  projectDir: string;
  cacheFile: string;
  logDir: string;
  cleanup: Cleanup;
  force: boolean;
}): Promise<MiddlewareFloor & { source: "recorded" | "cached" | "built" }> {
  const next = packageVersion(options.projectDir, "next");
  if (!options.force) {
    const recorded = readFloor(RECORDED, next);
    if (recorded) return { ...recorded, source: "recorded" };
    const cached = readFloor(options.cacheFile, next);
    if (cached) return { ...cached, source: "cached" };
  }
  const floor = await buildFloor(options.projectDir, next, options.logDir, options.cleanup);
  fs.writeFileSync(options.cacheFile, `${JSON.stringify(floor, null, 2)}\n`);
  return { ...floor, source: "built" };
}

async function buildFloor(projectDir: string, next: string, logDir: string, cleanup: Cleanup): Promise<MiddlewareFloor> {
  const dir = path.join(projectDir, SCRATCH_DIR);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(SCRATCH_APP)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const logFile = path.join(logDir, "middleware-floor-build.log");
  const nextBin = path.join(projectDir, "node_modules/next/dist/bin/next");
  const build = spawnLogged(process.execPath, [nextBin, "build", dir], {
    cwd: projectDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    logFile,
  });
  cleanup.add("empty-middleware build", () => build.stop());
  const code = await build.exited;
  if (code !== 0) throw new Error(`building the empty middleware failed (exit ${code}); ${logFile} ends with:\n${logTail(logFile)}`);
  const bundle = readEdgeBundle(path.join(dir, ".next"));
  fs.rmSync(dir, { recursive: true, force: true });
  return { next, rawBytes: bundle.rawBytes, gzipBytes: bundle.gzipBytes, modules: bundle.sources.length };
}

/** Issue 10's goal for the middleware: in all, and above the floor (gzip bytes). */
export const MIDDLEWARE_TARGETS = { totalGzipBytes: 72 * 1024, authGzipBytes: 14 * 1024 };
