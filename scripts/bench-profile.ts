// `npm run bench:profile`: where a signed-in request's time goes (tooling/bench/profile/). Prints
// the crypto per request and the CPU by package, writes bench/profile/summary.json and one
// .cpuprofile per request kind (open them in Chrome DevTools or VS Code).
import fs from "node:fs";
import path from "node:path";
import { parseProfileOptions, PROFILE_USAGE } from "../tooling/bench/options";
import { formatProfile } from "../tooling/bench/profile/profile-report";
import { runProfile } from "../tooling/bench/profile/run-profile";

const log = (line: string) => console.log(`▸ ${line}`);

let options;
try {
  options = parseProfileOptions(process.argv.slice(2));
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}\n${PROFILE_USAGE}`);
  process.exit(2);
}

try {
  const profiles = await runProfile(options, log);
  const file = path.join("bench", "profile", "summary.json");
  fs.writeFileSync(file, `${JSON.stringify(profiles, null, 2)}\n`);
  console.log(`\n${formatProfile(profiles)}\n\n▸ written to ${file}, with one .cpuprofile per request kind beside it`);
} catch (error) {
  console.error(`✖ the profile could not finish: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
