// `npm run check:vercel`: the Vercel build of this repository, offline, and its output checked
// (tooling/vercel-check/). VERCEL_CLI picks another CLI than the pinned one (CI: vercel@latest).
import path from "node:path";
import { checkVercel, PINNED_CLI } from "../tooling/vercel-check/run-check";

const projectDir = path.resolve(import.meta.dirname, "..");
const result = await checkVercel({
  projectDir,
  cli: process.env.VERCEL_CLI || PINNED_CLI,
  log: (line) => console.log(`▸ ${line}`),
  timeoutFactor: Number(process.env.E2E_TIMEOUT_FACTOR) || 1,
});
for (const line of result.lines) console.log(`▸ ${line}`);
for (const problem of result.problems) console.error(`✖ ${problem}`);
if (result.problems.length) process.exit(1);
console.log("✓ the Vercel build works offline: Edge middleware within the limit, every function on the tested Node line and carrying what it needs");
