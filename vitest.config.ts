import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    // Tests live beside their modules.
    include: ["{app,lib,scripts,tooling}/**/*.test.ts"],
    exclude: ["**/node_modules/**", "tooling/edge-check/fixtures/**"],
    globalSetup: ["tooling/vitest/postgres.global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "test-reports/unit.json" }]],
  },
});
