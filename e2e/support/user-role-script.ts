// Changes a role the way the README tells people to: the real `npm run user:role` script, pointed
// at this run's database and bridge instead of the developer's embedded one.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Role } from "../../lib/edge/route-rules";
import { runState } from "../../tooling/harness/run-env";
import { scaled } from "../../tooling/harness/timeouts";

const execFileAsync = promisify(execFile);
const PROJECT_DIR = path.resolve(import.meta.dirname, "..", "..");

/** Runs `npm run user:role -- <email> <role>` against the run's database; resolves to what it printed, rejects with its output when it fails. */
export async function runUserRoleScript(email: string, role: Role, target: { databaseUrl: string; bridgePort: number } = runState()): Promise<string> {
  const { databaseUrl, bridgePort } = target;
  const { stdout } = await execFileAsync("npm", ["run", "user:role", "--", email, role], {
    cwd: PROJECT_DIR,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEON_BRIDGE_PORT: String(bridgePort) },
    timeout: scaled(60_000),
  });
  return stdout;
}
