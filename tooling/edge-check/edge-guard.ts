// The edge promise, checked: the middleware bundle holds no database, mail or Node-only code.
// On failure each offender is named with the import chain that brought it in.
import fs from "node:fs";
import path from "node:path";
import { edgeViolations, readEdgeBundle, type EdgeBundle } from "./edge-bundle";
import { findImportChain } from "./import-chain";

export type EdgeReport = { bundle: EdgeBundle; problems: string[] };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export function checkEdgeBundle(distDir: string, projectDir = process.cwd()): EdgeReport {
  const bundle = readEdgeBundle(distDir);
  const entry = ["middleware.ts", "middleware.js"].map((f) => path.join(projectDir, f)).find((f) => fs.existsSync(f));
  const bundled = new Set(bundle.sources);
  const problems = edgeViolations(bundle).map((offender) => {
    const chain = entry && findImportChain(entry, (label) => label === offender, projectDir, bundled);
    return `${offender} is in the middleware (Edge) bundle${chain ? `, imported through ${chain.join(" → ")}` : ""}`;
  });
  return { bundle, problems };
}

export function describeEdgeBundle({ bundle }: EdgeReport): string {
  return `middleware bundle: ${bundle.files.length} files, ${kb(bundle.rawBytes)} raw, ${kb(bundle.gzipBytes)} gzip; packages: ${bundle.packages.join(", ")}`;
}
