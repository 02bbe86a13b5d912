import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    // Tests live beside their modules.
    include: ["{app,lib,scripts,tooling}/**/*.test.ts"],
    exclude: ["**/node_modules/**", "tooling/edge-check/fixtures/**"],
    globalSetup: ["tooling/vitest/postgres.global-setup.ts"],
    // Some tests start ESLint, npm or a database: on a shared, busy CI runner their first call alone
    // has taken over 20 s. A timeout is no assertion here; nothing measures speed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "test-reports/unit.json" }]],
  },
});
