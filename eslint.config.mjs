import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";
import { boundaries } from "./tooling/lint/boundaries.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Apostrophes in JSX text render as written; keep the rule for the characters that are typos.
      "react/no-unescaped-entities": ["error", { forbid: [">", "}"] }],
    },
  },
  {
    // Playwright fixtures receive a `use` callback, which the React hooks rule mistakes for a hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  // What may import what: the edge boundary and the tooling boundary.
  ...boundaries,
  // Generated code, build output, and the edge guard's deliberately broken fixture.
  globalIgnores([
    "generated/**",
    "**/.next*/**",
    "next-env.d.ts",
    "playwright-report/**",
    "test-results/**",
    "test-reports/**",
    ".scratch/**",
    "tooling/edge-check/fixtures/**",
  ]),
]);
