// `npm run bench:profile`: where a signed-in request's time goes (tooling/bench/profile/). Runs the
// built app under Node's `--cpu-prof` and prints, per request kind, the CPU by package and the JWT
// crypto (time in jose's and @panva/hkdf's functions); writes bench/profile/summary.json and
// leaves the server's whole .cpuprofile beside it (open it in Chrome DevTools or VS Code).
import { runCommand } from "../tooling/bench/command";
import { parseProfileOptions, PROFILE_USAGE } from "../tooling/bench/options";
import { formatProfile } from "../tooling/bench/profile/profile-report";
import { runProfile } from "../tooling/bench/profile/run-profile";

await runCommand(
  { parse: parseProfileOptions, usage: PROFILE_USAGE, run: runProfile, resultFile: "bench/profile/summary.json", format: formatProfile },
  process.argv.slice(2),
);
