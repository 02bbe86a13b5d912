// CI's dependency audit: `npm audit --omit=dev --audit-level=high`, where the advisories reviewed
// in tooling/audit/reviewed-advisories.ts (and named in the README) do not fail the build.
import { spawnSync } from "node:child_process";
import { unreviewedAdvisories } from "../tooling/audit/audit-gate";
import { REVIEWED_ADVISORIES } from "../tooling/audit/reviewed-advisories";

const audit = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
if (audit.status === 0) {
  console.log("npm audit: no high or critical advisory in the production dependencies");
  process.exit(0);
}
let report: Parameters<typeof unreviewedAdvisories>[0];
try {
  report = JSON.parse(audit.stdout);
} catch {
  console.error(`npm audit did not answer with a report (exit ${audit.status}):\n${audit.stderr || audit.stdout}`);
  process.exit(1);
}
const unreviewed = unreviewedAdvisories(report, REVIEWED_ADVISORIES);
for (const { id, package: name } of REVIEWED_ADVISORIES) console.log(`reviewed, does not apply: ${name} ${id} (README, "Security")`);
if (unreviewed.length === 0) process.exit(0);
console.error(`High or critical advisories not reviewed:\n${unreviewed.map((line) => `  ${line}`).join("\n")}\nUpdate the package, or read the advisory and add it with its reason to tooling/audit/reviewed-advisories.ts and the README.`);
process.exit(1);
