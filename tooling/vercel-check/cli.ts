// The Vercel CLI, run through npx: a tool of this check, not a dependency of the app.
import { spawnSync } from "node:child_process";

/** Known to install and build offline from the registry reachable on our CI machines (61–64 miss a dependency there). */
export const PINNED_CLI = "vercel@60.1.3";

export type CliProbe = { installs: true; version: string } | { installs: false; why: string };

/** Installs the CLI into npx's cache (or finds it there) and asks its version. */
export function probeCli(cli: string, cwd: string): CliProbe {
  const result = spawnSync("npx", ["--yes", cli, "--version"], { cwd, encoding: "utf8", env: { ...process.env, VERCEL_TELEMETRY_DISABLED: "1" } });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
  // It prints its banner on stderr and the bare version on stdout.
  if (result.status === 0) return { installs: true, version: (result.stdout ?? "").trim().split("\n").at(-1) || cli };
  return { installs: false, why: output.split("\n").filter((line) => /err/i.test(line)).slice(0, 2).join(" ") || `npx exited with ${result.status}` };
}
