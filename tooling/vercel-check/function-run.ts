// "No function needs a file the build did not trace", proven by running them: each Node function is
// laid out in a folder of its own holding only what its .vc-config.json lists (as Vercel uploads
// it), outside the project so nothing else can be found by walking up to a node_modules, and
// Vercel's own launcher in it answers a request for one of its routes. The function that serves
// /api/health must answer {"db":"ok"} from the throwaway database: Prisma's runtime, its query
// compiler and the Neon driver all load from the function's own files.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { VercelFunction } from "./vercel-functions";

export type FunctionRun = { name: string; route: string; status: number; body: string; problem?: string };

/** The function's files, as Vercel would upload them, in `into`. */
export function layOut(fn: VercelFunction, projectDir: string, into: string): void {
  fs.cpSync(fn.dir, into, { recursive: true, verbatimSymlinks: true });
  for (const [own, from] of Object.entries(fn.config.filePathMap ?? {})) {
    const source = path.join(projectDir, from);
    const target = path.join(into, own);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Turbopack links external packages (.next/node_modules/<name>-<hash> → node_modules/<name>);
    // the link is kept, so it resolves only if the package itself was traced too.
    if (fs.lstatSync(source).isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(source), target);
    else fs.copyFileSync(source, target);
  }
}

// Runs in the laid-out folder: Vercel's launcher behind a plain HTTP server, one request, its answer.
const SERVE = `
const http = require("node:http");
const handler = require(process.cwd() + "/" + process.argv[1]);
const route = process.argv[2];
const server = http.createServer((req, res) => handler(req, res));
server.listen(0, "127.0.0.1", async () => {
  const response = await fetch("http://127.0.0.1:" + server.address().port + route, { headers: { "x-matched-path": route }, redirect: "manual" });
  console.log("\\n" + JSON.stringify({ status: response.status, body: (await response.text()).slice(0, 200) }));
  process.exit(0);
});`;

/** The route to ask a function for: /api/health where it serves it, else its first plain page. */
export function routeToRun(fn: VercelFunction): string | undefined {
  if (fn.routes.includes("/api/health")) return "/api/health";
  return fn.routes.find((route) => !route.includes("[") && !route.startsWith("/_"));
}

export async function runFunction(fn: VercelFunction, dir: string, route: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<FunctionRun> {
  const child = spawn(process.execPath, ["-e", SERVE, fn.config.handler ?? "___next_launcher.cjs", route], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  await new Promise((resolve) => child.once("close", resolve));
  clearTimeout(timer);
  const last = output.trim().split("\n").at(-1) ?? "";
  let answer: { status: number; body: string } | undefined;
  try {
    answer = JSON.parse(last) as { status: number; body: string };
  } catch {
    answer = undefined;
  }
  const run: FunctionRun = { name: fn.name, route, status: answer?.status ?? 0, body: answer?.body ?? "" };
  if (!answer) run.problem = `function ${fn.name} did not answer ${route} from its own files: ${last || "no output"}`;
  else if (route === "/api/health" && !(answer.status === 200 && answer.body.includes('"db":"ok"'))) {
    run.problem = `function ${fn.name} answered ${route} with ${answer.status} ${answer.body}, not {"db":"ok"}: it cannot reach the database with only the files it carries`;
  } else if (answer.status >= 500) run.problem = `function ${fn.name} answered ${route} with ${answer.status} when run from its own files: ${output.trim().split("\n").slice(-4).join(" ")}`;
  return run;
}
