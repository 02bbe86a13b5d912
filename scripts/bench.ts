// `npm run bench`: throughput with and without a session, database statements per sign-in, page
// view and refresh, the middleware's size, and the cold start, measured on this machine in one run
// (tooling/bench/run-bench.ts). Prints a table and writes bench/results.json. It reports figures and
// never fails on them; it exits non-zero only when it could not measure (a broken build, a sign-in
// that did not work).
import fs from "node:fs";
import path from "node:path";
import { BENCH_USAGE, parseBenchOptions } from "../tooling/bench/options";
import { formatReport } from "../tooling/bench/report";
import { runBench } from "../tooling/bench/run-bench";

const log = (line: string) => console.log(`▸ ${line}`);

let options;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}\n${BENCH_USAGE}`);
  process.exit(2);
}

try {
  const results = await runBench(options, log);
  const file = path.join("bench", "results.json");
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${formatReport(results)}\n\n▸ written to ${file}; server logs in bench/logs/`);
} catch (error) {
  console.error(`✖ the benchmark could not finish: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
