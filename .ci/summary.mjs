// Sums the unit (Vitest) and e2e (Playwright) JSON reports into the line CI reads.
// A report that is missing (its suite never ran) counts as one failure, so it cannot pass silently.
import fs from "node:fs";

const [unitFile, e2eFile] = process.argv.slice(2);
const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : undefined);

let passed = 0;
let failed = 0;
const unit = read(unitFile);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else {
  console.log(`(no unit report at ${unitFile})`);
  failed += 1;
}
const e2e = read(e2eFile);
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
} else {
  console.log(`(no e2e report at ${e2eFile})`);
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
