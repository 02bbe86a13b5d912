// One `npm run dev` per checkout. Each writes its pid to .data/dev.pid; a second one finds the first
// still alive (stopped from an IDE whose signal never reached it, or simply forgotten in another
// terminal) and names it, instead of failing later on a port or a data directory in use.
import fs from "node:fs";
import path from "node:path";
import { commandOf } from "./processes";

const pidFile = (root: string) => path.join(root, ".data", "dev.pid");

/** The pid of another `npm run dev` of this checkout that is still running. */
export function runningDevPid(root: string): number | undefined {
  const file = pidFile(root);
  if (!fs.existsSync(file)) return undefined;
  const pid = Number(fs.readFileSync(file, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  // A pid is reused once its process is gone: only a runner of this script counts.
  return commandOf(pid)?.includes("scripts/dev.ts") ? pid : undefined;
}

/** Records this process as the checkout's runner; the returned function forgets it again. */
export function claimDevRunner(root: string): () => void {
  const running = runningDevPid(root);
  if (running) {
    throw new Error(`a previous \`npm run dev\` is still running (pid ${running}): stop it with \`kill ${running}\`, then start again`);
  }
  const file = pidFile(root);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, String(process.pid));
  return () => {
    if (fs.existsSync(file) && fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.rmSync(file);
  };
}
