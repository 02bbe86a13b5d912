// What the dev runner, the test harness and the bench ask about other processes, and how they stop
// the ones they started. `ps` rather than /proc, so it works on macOS too.
import { spawnSync, type ChildProcess } from "node:child_process";

/** Whether a process with this pid exists (EPERM: it does, but belongs to another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const ps = (pid: number, field: "command" | "ppid"): string | undefined => {
  const answer = spawnSync("ps", ["-p", String(pid), "-o", `${field}=`], { encoding: "utf8" });
  return answer.status === 0 ? answer.stdout.trim() : undefined;
};

/** The command line of a live process, or undefined when there is none with that pid. */
export const commandOf = (pid: number): string | undefined => ps(pid, "command");

/** The parent of a live process, unless that is init (or there is no such process). */
export function parentOf(pid: number): number | undefined {
  const ppid = Number(ps(pid, "ppid"));
  return Number.isInteger(ppid) && ppid > 1 ? ppid : undefined;
}

/** Signals a child spawned `detached`: its whole process group (Windows has none: the child alone). */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === "win32") child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * Stops a child spawned `detached` and everything it started (`next build` and `next dev` run
 * workers of their own): SIGTERM to the group, SIGKILL after `graceMs`, and SIGKILL once more for
 * workers that outlive the child by a moment.
 */
export async function stopGroup(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
  signalGroup(child, "SIGKILL");
}
