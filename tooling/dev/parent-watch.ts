// Signals do not always reach the dev runner. npm passes SIGTERM and SIGINT on to its script, but
// not SIGHUP, and SIGKILL cannot be passed on: an IDE's stop button or a process manager that sends
// those to npm alone ends npm and leaves the runner running, with PostgreSQL and `next dev`. Where
// a shell stands between npm and the runner (npm's script shell elsewhere than on POSIX `sh`, or a
// wrapper of your own), that shell may die without passing anything on, too. So the runner also
// watches the processes above it, up to npm, and stops when one of them is gone.
import { commandOf, isAlive, parentOf } from "./processes";

const POLL_MS = 500;

export type GoneProcess = { pid: number; command: string };

const isNpm = (command: string | undefined) => command !== undefined && /^npm\b/.test(command);

/** Calls `onGone` once the parent of this process, or (when the parent is not npm) the grandparent, exits. Returns the stop function. */
export function whenParentsExit(onGone: (gone: GoneProcess) => void): () => void {
  const parent = process.ppid;
  const watched: GoneProcess[] = [];
  for (let pid: number | undefined = parent; pid !== undefined && watched.length < 2; pid = parentOf(pid)) {
    const command = commandOf(pid) ?? "";
    watched.push({ pid, command });
    if (isNpm(command)) break;
  }
  const timer = setInterval(() => {
    // A dead parent shows as a changed ppid (the orphan is adopted by init or a subreaper).
    const gone = process.ppid !== parent ? watched[0] : watched.find(({ pid }) => !isAlive(pid));
    if (!gone) return;
    clearInterval(timer);
    onGone(gone);
  }, POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
