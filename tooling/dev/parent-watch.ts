// Signals do not always reach the dev runner. An IDE's stop button or a process manager signals
// the `npm` process; npm passes SIGTERM to the shell running the script, which dies without passing
// it on, and SIGHUP not at all. The runner then lives on with PostgreSQL and `next dev`. So it also
// watches the processes above it (the shell and npm) and stops when one of them is gone.
import { spawnSync } from "node:child_process";
import { isAlive } from "./process-alive";

const POLL_MS = 500;

function parentOf(pid: number): number | undefined {
  const ps = spawnSync("ps", ["-p", String(pid), "-o", "ppid="], { encoding: "utf8" });
  const ppid = Number(ps.stdout.trim());
  return ps.status === 0 && Number.isInteger(ppid) && ppid > 1 ? ppid : undefined;
}

/** Calls `onGone` once the parent or the grandparent of this process exits. Returns the stop function. */
export function whenParentsExit(onGone: () => void): () => void {
  const parent = process.ppid;
  const watched = [parent, parentOf(parent)].filter((pid): pid is number => pid !== undefined && pid > 1);
  const timer = setInterval(() => {
    // A dead parent shows as a changed ppid (the orphan is adopted by init or a subreaper).
    if (process.ppid !== parent || !watched.every(isAlive)) {
      clearInterval(timer);
      onGone();
    }
  }, POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
