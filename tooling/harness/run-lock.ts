// One e2e run at a time per checkout: every run builds into the same .next-e2e, and a second
// `next build` would rewrite the files the first run's server is still serving.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isAlive } from "../dev/processes";
import type { Cleanup } from "./cleanup";

const POLL_MS = 1_000;
// Between creating the lock file and writing its pid, a lock looks ownerless: give it this long.
const BIRTH_GRACE_MS = 5_000;

export async function acquireRunLock(options: { projectDir: string; timeoutMs: number; cleanup: Cleanup }): Promise<void> {
  const checkout = createHash("sha256").update(options.projectDir).digest("hex").slice(0, 16);
  const lockFile = path.join(os.tmpdir(), `e2e-run-${checkout}.lock`);
  const deadline = Date.now() + options.timeoutMs;
  let announced = false;
  while (!tryCreate(lockFile)) {
    const owner = ownerOf(lockFile);
    if (owner === "gone") continue;
    if (Date.now() > deadline) throw new Error(`another e2e run of this checkout (pid ${owner}) still holds ${lockFile}`);
    if (!announced) console.log(`Waiting for another e2e run of this checkout (pid ${owner}) to finish…`);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const release = () => fs.rmSync(lockFile, { force: true });
  // A runner stopped by Ctrl+C skips Playwright's teardown; the lock must not outlive it.
  process.once("exit", release);
  options.cleanup.add("run lock", () => {
    process.off("exit", release);
    release();
  });
}

function tryCreate(lockFile: string): boolean {
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** The pid holding the lock, or "gone" once a lock left by a dead run has been removed. */
function ownerOf(lockFile: string): number | "gone" {
  let pid: number;
  let age: number;
  try {
    pid = Number(fs.readFileSync(lockFile, "utf8"));
    age = Date.now() - fs.statSync(lockFile).mtimeMs;
  } catch {
    return "gone";
  }
  if (!pid) {
    if (age < BIRTH_GRACE_MS) return 0;
  } else if (isAlive(pid)) {
    return pid;
  }
  fs.rmSync(lockFile, { force: true });
  return "gone";
}
