// Talks to profile-hooks.mjs inside the server: each SIGUSR2 opens or closes a window, and the
// hooks answer with files in `dir` named after the server's pid and the window's number.
import fs from "node:fs";
import path from "node:path";
import type { CpuProfile } from "./cpu-profile";

const ANSWER_TIMEOUT_MS = 30_000;

/** Crypto calls by kind, the process's CPU time (all threads), and the main thread's profile. */
export type WindowResult = { counts: Record<string, number>; cpuMicros: number; profile: CpuProfile };

export function profileWindows(pid: number, dir: string) {
  let signals = 0;
  const signal = async (answer: string) => {
    signals += 1;
    const file = path.join(dir, `${pid}-${signals}.${answer}`);
    process.kill(pid, "SIGUSR2");
    const deadline = Date.now() + ANSWER_TIMEOUT_MS;
    while (!fs.existsSync(file)) {
      if (Date.now() > deadline) throw new Error(`the profiled server (pid ${pid}) did not write ${file}: was it started with profile-hooks.mjs?`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return path.join(dir, `${pid}-${signals}`);
  };
  return {
    /** Profiles whatever the server does while `work` runs; "count" also counts its crypto calls. */
    async around<T>(kind: "count" | "profile", work: () => Promise<T>): Promise<{ result: T } & WindowResult> {
      fs.writeFileSync(path.join(dir, "next-window"), kind);
      await signal("started");
      const result = await work();
      const base = await signal("done");
      const problem = fs.readFileSync(`${base}.done`, "utf8");
      if (problem) throw new Error(`the profiler in the server failed: ${problem}`);
      const read = <J>(suffix: string) => JSON.parse(fs.readFileSync(`${base}.${suffix}`, "utf8")) as J;
      return { result, ...read<Pick<WindowResult, "counts" | "cpuMicros">>("window.json"), profile: read("cpuprofile") };
    },
  };
}
