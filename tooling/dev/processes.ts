// What the dev runner and the test harness ask about other processes. `ps` rather than /proc, so it
// works on macOS too.
import { spawnSync } from "node:child_process";

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
