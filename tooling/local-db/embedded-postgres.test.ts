// The embedded PostgreSQL noticing its own end: `npm run dev` stops cleanly when the server dies
// under it, instead of serving pages that all fail with "Connection terminated unexpectedly".
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { freePorts } from "./ports";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "embedded-pg-"));
fs.chmodSync(dir, 0o755); // PostgreSQL runs as another user when we are root.
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A server on a free port in this file's folder, and a promise of what it last said when it ends by itself. */
async function start(name: string) {
  const [port = 0] = await freePorts(1);
  let ended: (lastLog: string | undefined) => void = () => {};
  const end = new Promise<string | undefined>((resolve) => (ended = resolve));
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, name), port, database: "app", portSetting: "the test's port", onUnexpectedExit: ended });
  const pid = Number(fs.readFileSync(path.join(dir, name, "postmaster.pid"), "utf8").split("\n")[0]);
  return { db, pid, end };
}

describe("startEmbeddedPostgres", () => {
  it("reports a server killed under it, stops without waiting for it, and starts again on the same data", { timeout: 60_000 }, async () => {
    const first = await start("killed");
    process.kill(first.pid, "SIGKILL");
    // Killed outright, it says nothing more.
    expect(await first.end).toBeUndefined();
    await first.db.stop();
    const again = await start("killed");
    await again.db.stop();
  });

  it("passes on the server's last words when it shuts down by itself", { timeout: 60_000 }, async () => {
    const server = await start("shut-down");
    process.kill(server.pid, "SIGTERM");
    expect(await server.end).toMatch(/database system is shut down/);
    await server.db.stop();
  });

  it("says nothing when its owner stops it", { timeout: 60_000 }, async () => {
    // The watch's interval runs on a fake clock, so the test can move past its next look at once.
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const server = await start("stopped");
      let reported = false;
      void server.end.then(() => (reported = true));
      await server.db.stop();
      expect(fs.existsSync(path.join(dir, "stopped", "postmaster.pid"))).toBe(false);
      vi.advanceTimersByTime(5_000);
      await Promise.resolve();
      expect(reported).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
