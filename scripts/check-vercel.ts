// `npm run check:vercel`: the Vercel build of this repository, offline, and its output checked
// (tooling/vercel-check/). VERCEL_CLI picks another CLI than the pinned one (GitHub CI: vercel@latest).
// `--skip-without-cli`: where the CLI cannot be installed (a registry without one of its
// dependencies), say so and exit 0 instead of failing: CI goes on without this check.
import path from "node:path";
import { PINNED_CLI, probeCli } from "../tooling/vercel-check/cli";
import { checkVercel, preflight } from "../tooling/vercel-check/run-check";

function fail(problems: string[]): never {
  for (const problem of problems) console.error(`✖ ${problem}`);
  process.exit(1);
}

const projectDir = path.resolve(import.meta.dirname, "..");
// Checked with or without the CLI: a wrong Node line or build command fails even where it is missing.
const ready = preflight(projectDir);
if ("problems" in ready) fail(ready.problems);
const cli = process.env.VERCEL_CLI || PINNED_CLI;
const probe = probeCli(cli, projectDir);
if (!probe.installs) {
  const line = `${cli} cannot be installed here (${probe.why})`;
  if (process.argv.includes("--skip-without-cli")) {
    console.log(`▸ ${line}: the Vercel build was not checked`);
    process.exit(0);
  }
  console.error(`✖ ${line}: try another version with VERCEL_CLI=vercel@<version>`);
  process.exit(1);
}
const result = await checkVercel({
  ...ready,
  projectDir,
  cli,
  log: (line) => console.log(`▸ ${line}`),
  timeoutFactor: Number(process.env.E2E_TIMEOUT_FACTOR) || 1,
}).catch((error: unknown) => {
  console.error(`✖ the check could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
for (const line of result.lines) console.log(`▸ ${line}`);
if (result.problems.length) fail(result.problems);
console.log(`✓ the Vercel build (Vercel CLI ${probe.version}) works offline: Edge middleware within the limit, every function on the tested Node line, carrying what it needs and answering from its own files`);
