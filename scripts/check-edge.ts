// `npm run check:edge [distDir]`, also run after every `npm run build`: fails when Node-only code
// reached the middleware bundle, naming the import chain to remove.
import path from "node:path";
import { checkEdgeBundle, describeEdgeBundle } from "../tooling/edge-check/edge-guard";

const distDir = path.resolve(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next");
const report = checkEdgeBundle(distDir);
console.log(`▸ ${describeEdgeBundle(report)}`);
for (const problem of report.problems) console.error(`✖ ${problem}`);
if (report.problems.length) {
  console.error("✖ keep auth.config.ts and everything it imports free of database and Node-only code (see README, \"The edge split\")");
  process.exit(1);
}
console.log("✓ no database, mail or Node-only code in the middleware bundle");
