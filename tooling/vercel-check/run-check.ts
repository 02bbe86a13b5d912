// `npm run check:vercel`: the Vercel build of this repository, offline, and what its output would do
// on Vercel. Steps: the Node line and the build command (before anything slow), a scratch copy, a
// throwaway embedded PostgreSQL, `vercel build --prod` with the pinned CLI through npx (not a
// dependency of the app), then the output checks and each Node function run from its own files.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readEdgeBundle } from "../edge-check/edge-bundle";
import { startLocalDatabase } from "../local-db/local-database";
import { migrate } from "../local-db/migrate";
import { freePorts } from "../local-db/ports";
import { newAuthSecret } from "../secret/auth-secret";
import { offlineVercelBuild } from "./build-command";
import { whyBuildFailed } from "./build-log";
import { layOut, routeToRun, runFunction } from "./function-run";
import { nodeLine } from "./node-line";
import { checkVercelOutput, EDGE_LIMITS } from "./output-check";
import { scratchCopy } from "./scratch-copy";
import { vercelFunctions } from "./vercel-functions";

export type CheckResult = { problems: string[]; lines: string[] };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

// What `vercel build` reads besides the repository (Build Output API v3, "Project settings"): the
// framework, and no install step, since the scratch copy already holds node_modules.
const PROJECT_SETTINGS = {
  projectId: "prj_offline_check",
  orgId: "team_offline_check",
  settings: { framework: "nextjs", installCommand: "", buildCommand: null, devCommand: null, outputDirectory: null, rootDirectory: null, nodeVersion: null },
};

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; log: string }): Promise<number> {
  const out = fs.openSync(options.log, "a");
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", out, out] });
  return new Promise((resolve) => child.once("close", (code) => {
    fs.closeSync(out);
    resolve(code ?? 1);
  }));
}

/** What needs no build and no CLI: the Node line, and a build command this check can run offline. */
export type Preflight = { problems: string[] } | { nodeMajor: string; buildScript: string };

export function preflight(projectDir: string): Preflight {
  const read = (file: string) => fs.readFileSync(path.join(projectDir, file), "utf8");
  const line = nodeLine({ nvmrc: read(".nvmrc"), packageJson: read("package.json"), ciRun: read(".ci/run"), workflow: read(".github/workflows/ci.yml") });
  if (line.problems.length) return { problems: line.problems };
  try {
    return { nodeMajor: line.major, buildScript: offlineVercelBuild(read("package.json"), read("vercel.json")) };
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
}

export async function checkVercel(options: {
  projectDir: string;
  nodeMajor: string;
  buildScript: string;
  cli: string;
  log: (line: string) => void;
  timeoutFactor: number;
}): Promise<CheckResult> {
  const { projectDir, buildScript, log } = options;

  const work = fs.mkdtempSync(path.join(os.tmpdir(), "vercel-check-"));
  fs.chmodSync(work, 0o755); // PostgreSQL runs as another user when we are root.
  const app = path.join(work, "app");
  const logFile = path.join(projectDir, ".scratch", "vercel-build.log");
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(logFile, "");
  const [pgPort = 0, bridgePort = 0] = await freePorts(2);
  const db = await startLocalDatabase({
    postgres: { dataDir: path.join(work, "pg"), port: pgPort, database: "vercel_check", portSetting: "the check's PostgreSQL port (chosen free; run again)" },
    bridge: { port: bridgePort, portSetting: "the check's bridge port (chosen free; run again)", targets: "database" },
    migrate: false,
  });
  try {
    log(`scratch copy in ${app}; throwaway PostgreSQL on 127.0.0.1:${pgPort}`);
    scratchCopy(projectDir, app);
    const packageJson = JSON.parse(fs.readFileSync(path.join(app, "package.json"), "utf8")) as { scripts: Record<string, string> };
    packageJson.scripts["vercel-build"] = buildScript;
    fs.writeFileSync(path.join(app, "package.json"), JSON.stringify(packageJson, null, 2));
    fs.mkdirSync(path.join(app, ".vercel"));
    fs.writeFileSync(path.join(app, ".vercel", "project.json"), JSON.stringify(PROJECT_SETTINGS));
    const appEnv = { AUTH_SECRET: newAuthSecret(), DATABASE_URL: db.url, NEON_BRIDGE_PORT: String(db.bridgePort) };
    fs.writeFileSync(path.join(app, ".vercel", ".env.production.local"), Object.entries(appEnv).map(([k, v]) => `${k}=${v}\n`).join(""));

    log(`vercel build --prod with ${options.cli} (offline; log in ${path.relative(projectDir, logFile)})…`);
    const started = Date.now();
    const env: NodeJS.ProcessEnv = {
      ...withoutAppSettings(process.env),
      VERCEL_TELEMETRY_DISABLED: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      // `prisma generate` only uses WebAssembly, but the CLI downloads the schema engine first unless
      // this names an existing file (scripts/prisma-generate.mjs). Never set for migrate: it is not.
      PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    };
    const status = await run("npx", ["--yes", options.cli, "build", "--prod", "--yes"], { cwd: app, env, log: logFile });
    if (status !== 0) return { problems: [`vercel build failed (exit ${status}): ${whyBuildFailed(fs.readFileSync(logFile, "utf8")) || "see the log"} (full log: ${logFile})`], lines: [] };
    const lines = [`vercel build --prod: ${((Date.now() - started) / 1000).toFixed(0)} s`];

    // The build's last step applied them; applying again must find nothing to do.
    const left = await migrate(db.url, path.join(app, "prisma", "migrations"));
    const problems = left.length ? [`the build did not apply ${left.join(", ")} to the database: its migration step did not run`] : [];
    if (!left.length) lines.push("migrations: the build's last step applied them all (none left to apply)");

    const distDir = path.join(app, ".next");
    const report = checkVercelOutput({ outputDir: path.join(app, ".vercel", "output"), projectDir: app, distDir, nodeMajor: options.nodeMajor });
    problems.push(...report.problems);
    if (report.middleware) {
      const bench = readEdgeBundle(distDir);
      lines.push(
        `middleware: Edge function, ${kb(report.middleware.gzipBytes)} gzip (${kb(report.middleware.rawBytes)} raw); Vercel's Edge limit after gzip: Hobby ${kb(EDGE_LIMITS.Hobby)}, Pro ${kb(EDGE_LIMITS.Pro)}, Enterprise ${kb(EDGE_LIMITS.Enterprise)}; the bench's figure for the same build (.next middleware bundle): ${kb(bench.gzipBytes)} gzip`,
      );
    }
    for (const fn of report.nodeFunctions) {
      lines.push(`function ${fn.name}: ${fn.runtime}, ${fn.routes.length} route(s)${fn.reachesDatabase ? ", reaches the database" : ""}`);
    }

    // As on Vercel: production, VERCEL set (so no AUTH_URL is needed), only the throwaway settings.
    const runEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, NODE_ENV: "production", ...appEnv, VERCEL: "1", NEXT_TELEMETRY_DISABLED: "1" };
    for (const fn of vercelFunctions(path.join(app, ".vercel", "output")).filter((f) => f.name !== "middleware")) {
      const route = routeToRun(fn);
      if (!route) continue;
      const dir = path.join(work, "functions", fn.name);
      layOut(fn, app, dir);
      const result = await runFunction(fn, dir, route, runEnv, 60_000 * options.timeoutFactor);
      if (result.problem) problems.push(result.problem);
      else lines.push(`function ${fn.name} from its own files: GET ${route} → ${result.status}${route === "/api/health" ? ` ${result.body}` : ""}`);
    }
    return { problems, lines };
  } finally {
    await db.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The caller's environment without the app's own settings: the build gets only the throwaway ones. */
function withoutAppSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept = { ...env };
  for (const name of Object.keys(kept)) if (/^(AUTH_|EMAIL_|DATABASE_URL|NEON_BRIDGE_PORT|EMBEDDED_PG_PORT)/.test(name)) delete kept[name];
  return kept;
}
