// What a Vercel function carries: the npm packages and app files its code came from, read from the
// files themselves (node_modules paths) and from the source maps of the bundles it holds (Turbopack
// inlines most packages into .next chunks). Source maps are read as the edge guard reads them.
import fs from "node:fs";
import path from "node:path";
import { packageOf, sourcesOf, type SourceMap } from "../edge-check/edge-bundle";

export type FunctionContents = { packages: Set<string>; sources: string[] };

function mapSources(file: string): string[] {
  const map = `${file}.map`;
  return fs.existsSync(map) ? sourcesOf(JSON.parse(fs.readFileSync(map, "utf8")) as SourceMap) : [];
}

/** `files`: the function's own paths mapped to where they are in the project (a .vc-config filePathMap). */
export function functionContents(projectDir: string, files: Record<string, string>): FunctionContents {
  const packages = new Set<string>();
  const sources: string[] = [];
  for (const [own, from] of Object.entries(files)) {
    const name = packageOf(own);
    if (name) packages.add(name);
    if (!/\.(c|m)?js$/.test(own)) continue;
    for (const source of mapSources(path.join(projectDir, from))) {
      sources.push(source);
      const bundled = packageOf(source);
      if (bundled) packages.add(bundled);
    }
  }
  return { packages, sources };
}

/** The Edge middleware's bundle: its map names the .next chunks it was made of, whose maps name the modules. */
export function middlewareContents(funcDir: string, distDir: string): FunctionContents {
  const files = Object.fromEntries(
    mapSources(path.join(funcDir, "index.js"))
      .filter((source) => fs.existsSync(path.join(distDir, source)))
      .map((source) => [source, source]),
  );
  const chunks = functionContents(distDir, files);
  for (const source of mapSources(path.join(funcDir, "index.js"))) {
    const name = packageOf(source);
    if (name) chunks.packages.add(name);
  }
  return chunks;
}
