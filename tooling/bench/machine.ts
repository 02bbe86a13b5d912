// What a figure was measured on: the machine, and the versions of what ran.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const packageVersion = (projectDir: string, name: string) =>
  (JSON.parse(fs.readFileSync(path.join(projectDir, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

export type Machine = { cpu: string; cores: number; memoryGiB: number; os: string; node: string; next: string; nextAuth: string };

export function describeMachine(projectDir: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    next: packageVersion(projectDir, "next"),
    nextAuth: packageVersion(projectDir, "next-auth"),
  };
}

/** The machine's one-minute load average, where the system reports one (not on Windows). */
export const loadAverage = () => os.loadavg()[0] ?? 0;
