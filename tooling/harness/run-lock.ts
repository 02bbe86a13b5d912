// One e2e run at a time per checkout: every run builds into the same .next-e2e, and a second
// `next build` would rewrite the files the first run's server is still serving. proper-lockfile
// keeps the lock fresh while this run lives, removes it when the runner exits (also on Ctrl+C),
// and lets a later run take over a lock that a killed run left, once it has gone stale.
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import lockfile from "proper-lockfile";
import type { Cleanup } from "./cleanup";

const POLL_MS = 1_000;
/** A lock not refreshed for this long belongs to a run that no longer exists. */
const STALE_MS = 30_000;

export async function acquireRunLock(options: { projectDir: string; timeoutMs: number; cleanup: Cleanup }): Promise<void> {
  const checkout = createHash("sha256").update(options.projectDir).digest("hex").slice(0, 16);
  // Not the old pid file's name (e2e-run-…), which a run killed outright may have left behind.
  const lockfilePath = path.join(os.tmpdir(), `e2e-lock-${checkout}`);
  const lock = (retries: number) =>
    lockfile.lock(options.projectDir, { lockfilePath, realpath: false, stale: STALE_MS, retries: { retries, factor: 1, minTimeout: POLL_MS, maxTimeout: POLL_MS } });
  let release: () => Promise<void>;
  try {
    release = await lock(0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    console.log(`Waiting for another e2e run of this checkout to finish (it holds ${lockfilePath})…`);
    release = await lock(Math.ceil(options.timeoutMs / POLL_MS)).catch((again: NodeJS.ErrnoException) => {
      throw again.code === "ELOCKED" ? new Error(`another e2e run of this checkout still holds ${lockfilePath} after ${options.timeoutMs / 1000} s: stop it, or wait`) : again;
    });
  }
  options.cleanup.add("run lock", release);
}
