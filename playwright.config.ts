import { defineConfig, devices } from "@playwright/test";
import { appUrl, choosePorts } from "./tooling/harness/run-env";
import { scaled } from "./tooling/harness/timeouts";

// This file is loaded by the runner and again by every worker: the runner picks the ports and
// puts them in process.env, the workers inherit them and reuse the same values.
await choosePorts();

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./tooling/harness/global-setup.ts",
  outputDir: "test-results",
  // Sized for an idle 2-core machine, times E2E_TIMEOUT_FACTOR (tooling/harness/timeouts.ts); the
  // global setup's `next build` counts against globalTimeout only.
  timeout: scaled(60_000),
  expect: { timeout: scaled(10_000) },
  globalTimeout: scaled(20 * 60_000),
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // The JSON report is what .ci/run counts.
  reporter: [
    ["list"],
    ["html", { open: "never", outputFolder: "playwright-report" }],
    ["json", { outputFile: "test-reports/e2e.json" }],
  ],
  use: {
    baseURL: appUrl(),
    actionTimeout: scaled(10_000),
    navigationTimeout: scaled(20_000),
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // A system Chromium where Playwright's browser download is impossible; unset → Playwright's own.
          executablePath: process.env.PW_CHROMIUM_EXECUTABLE || undefined,
          // Without these Chromium keeps dialling Google services, which an offline machine cannot reach.
          args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
        },
      },
    },
  ],
});
