// The production build the benchmark serves, in its own folder, rebuilt only when what goes into
// it changed: the app's files, the installed packages, the Next.js and Node versions, and the
// build's environment (minus the values that change every run: ports, secrets).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { buildApp } from "../harness/next-app";
import type { Cleanup } from "../harness/cleanup";
import { packageVersion } from "./machine";

export const BENCH_DIST_DIR = ".next-bench";
const STAMP_FILE = "bench-inputs.sha256";

/** Tracked or new files that never reach the build output. */
const NOT_BUILD_INPUTS = [/^(e2e|tooling|scripts|docs|bench|\.scratch|\.ci|\.github)\//, /\.md$/, /\.test\.tsx?$/, /^\.gitignore$/, /^\.env\.example$/];

/** Variables whose value differs on every run; only their presence goes into the stamp. */
const VOLATILE = /SECRET|PORT|URL|SERVER/;

export function buildInputs(projectDir: string): string[] {
  const listed = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: projectDir, encoding: "utf8" });
  const files = listed.split("\n").filter((file) => file && !NOT_BUILD_INPUTS.some((rule) => rule.test(file)));
  // The generated Prisma client is git-ignored but compiled into the server.
  const generated = path.join(projectDir, "generated");
  const generatedFiles = fs.existsSync(generated)
    ? fs.readdirSync(generated, { recursive: true, encoding: "utf8" }).map((file) => path.join("generated", file))
    : [];
  return [...files, ...generatedFiles].filter((file) => fs.statSync(path.join(projectDir, file), { throwIfNoEntry: false })?.isFile()).sort();
}

export function buildStamp(projectDir: string, env: Record<string, string | undefined>, files = buildInputs(projectDir)): string {
  const hash = createHash("sha256");
  hash.update(`next ${packageVersion(projectDir, "next")}\nnode ${process.version}\n`);
  for (const [name, value] of Object.entries(env).sort(([a], [b]) => a.localeCompare(b))) {
    if (/^(AUTH|EMAIL|DATABASE|NEON|NEXT)_/.test(name)) hash.update(`${name}=${VOLATILE.test(name) ? "…" : value}\n`);
  }
  for (const file of files) hash.update(`${file}\0`).update(fs.readFileSync(path.join(projectDir, file))).update("\0");
  return hash.digest("hex");
}

/** Builds into BENCH_DIST_DIR unless the build there came from the same inputs; says which. */
export async function ensureBuild(options: {
  projectDir: string;
  logDir: string;
  env: NodeJS.ProcessEnv;
  cleanup: Cleanup;
  force: boolean;
}): Promise<{ reused: boolean; seconds: number }> {
  const distDir = path.join(options.projectDir, BENCH_DIST_DIR);
  const stampFile = path.join(distDir, STAMP_FILE);
  const stamp = buildStamp(options.projectDir, options.env);
  const built = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stampFile);
  if (!options.force && built && fs.readFileSync(stampFile, "utf8") === stamp) return { reused: true, seconds: 0 };
  const started = performance.now();
  fs.rmSync(stampFile, { force: true });
  await buildApp({ ...options, distDir: BENCH_DIST_DIR });
  fs.writeFileSync(stampFile, stamp);
  return { reused: false, seconds: (performance.now() - started) / 1000 };
}
