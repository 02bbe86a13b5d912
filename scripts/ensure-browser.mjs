// Before the e2e suite: make sure Playwright has a Chromium to drive, so `npm test` works on a
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
  console.log("▸ Playwright's Chromium is not installed yet: installing it (once)");
  const install = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (install.status !== 0) {
    fail("Playwright could not download its Chromium (offline?): install one (e.g. `apt-get install chromium`) and set PW_CHROMIUM_EXECUTABLE=/usr/bin/chromium");
  }
}
