// Child processes in their own process group, with all output in a log file: `next build` runs
// worker processes of its own, and only signalling the whole group stops them all.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { signalGroup, stopGroup } from "../dev/processes";
import { scaled } from "./timeouts";

export type LoggedProcess = { pid: number | undefined; exited: Promise<number | null>; stop(): Promise<void> };

export function spawnLogged(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): LoggedProcess {
  const log = fs.openSync(options.logFile, "w");
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ["ignore", log, log] });
  fs.closeSync(log);
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => resolve(code));
  });
  // If the runner dies without its teardown, the group must not outlive it.
  const killOnExit = () => signalGroup(child, "SIGKILL");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.off("exit", killOnExit);
    await stopGroup(child, scaled(5_000));
  };
  return { pid: child.pid, exited, stop };
}

/** The end of a log, for error messages: the full file can be thousands of lines. */
export function logTail(logFile: string, lines = 60): string {
  const text = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "";
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}
