// `npm run bench:profile`: where a signed-in request's time goes (tooling/bench/profile/). Prints
// the crypto per request and the CPU by package, writes bench/profile/summary.json and one
// .cpuprofile per request kind beside it (open them in Chrome DevTools or VS Code).
import { runCommand } from "../tooling/bench/command";
import { parseProfileOptions, PROFILE_USAGE } from "../tooling/bench/options";
import { formatProfile } from "../tooling/bench/profile/profile-report";
import { runProfile } from "../tooling/bench/profile/run-profile";

await runCommand(
  { parse: parseProfileOptions, usage: PROFILE_USAGE, run: runProfile, resultFile: "bench/profile/summary.json", format: formatProfile },
  process.argv.slice(2),
);
