// Before the tests (`npm test` runs it first, so a missing browser is found before the unit
// tests, not after them) and before the e2e suite alone: make sure Playwright has a Chromium to drive, so `npm test` works on a
// fresh clone. PW_CHROMIUM_EXECUTABLE (an installed Chromium) wins; otherwise Playwright's own
// browser is downloaded once, and where that is impossible the way out is named.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { chromium } from "@playwright/test";

const fail = (line) => {
  console.error(`✖ ${line}`);
  process.exit(1);
};

const configured = process.env.PW_CHROMIUM_EXECUTABLE;
if (configured) {
  if (!fs.existsSync(configured)) fail(`PW_CHROMIUM_EXECUTABLE is "${configured}", which does not exist: point it at an installed Chromium, or unset it to use Playwright's own`);
} else if (!fs.existsSync(chromium.executablePath())) {
  console.log("▸ Playwright's Chromium is not installed yet: downloading it (once, about 150 MB)");
  // Output kept, not shown: offline, Playwright prints a stack trace per download attempt, and the
  // one line below says all of it.
  const install = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (install.status !== 0) {
    const output = `${install.stderr}\n${install.stdout}`;
    const reason = output.match(/getaddrinfo \S+ \S+|ECONNREFUSED \S+|Download failure[^\n]*/)?.[0] ?? `exit code ${install.status}`;
    fail(`Playwright could not download its Chromium (${reason}): install one (e.g. \`apt-get install chromium\`) and set PW_CHROMIUM_EXECUTABLE=/usr/bin/chromium`);
  }
}
