// `npm run bench`: throughput with and without a session, database statements per sign-in, page
// view and refresh, the middleware's size, and the cold start, measured on this machine in one run
// (tooling/bench/run-bench.ts). Prints a table and writes bench/results.json. It reports figures and
// never fails on them; it exits non-zero only when it could not measure (a broken build, a sign-in
// that did not work).
import { runCommand } from "../tooling/bench/command";
import { BENCH_USAGE, parseBenchOptions } from "../tooling/bench/options";
import { formatReport } from "../tooling/bench/report";
import { runBench } from "../tooling/bench/run-bench";

await runCommand(
  { parse: parseBenchOptions, usage: BENCH_USAGE, run: runBench, resultFile: "bench/results.json", format: formatReport },
  process.argv.slice(2),
);
