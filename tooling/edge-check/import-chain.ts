// Follows imports from an entry file (project files and installed packages alike) to explain how a
// module got into a bundle: "middleware.ts → auth.config.ts → prisma.ts → @prisma/client".
import fs from "node:fs";
import { createRequire, isBuiltin } from "node:module";
import path from "node:path";
import ts from "typescript";
import { packageOf } from "./edge-bundle";

const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowJs: true,
  resolveJsonModule: true,
  // Resolve to the code that is bundled, not to type declarations.
  customConditions: ["edge-light", "worker", "browser", "import"],
};

function importsOf(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  const { importedFiles } = ts.preProcessFile(source, true, true);
  return importedFiles.map((entry) => entry.fileName);
}

function resolve(specifier: string, from: string): string | undefined {
  const { resolvedModule } = ts.resolveModuleName(specifier, from, compilerOptions, ts.sys);
  if (!resolvedModule) return undefined;
  const file = resolvedModule.resolvedFileName;
  if (!file.endsWith(".d.ts")) return file;
  // Types only: follow the JavaScript beside them, or the package itself (types from @types/*).
  const js = [".js", ".mjs", ".cjs"].map((ext) => file.replace(/\.d\.ts$/, ext)).find((f) => fs.existsSync(f));
  if (js) return js;
  try {
    return createRequire(from).resolve(specifier);
  } catch {
    return undefined;
  }
}

/** Label of a file in a chain: its package name, or its path relative to `root`. */
const label = (file: string, root: string) => packageOf(file) ?? path.relative(root, file);

/**
 * The shortest import chain from `entry` to a module whose label satisfies `isTarget`, as labels
 * with consecutive files of one package collapsed; undefined when there is none. With `bundled`
 * (the files the bundler actually took) the chain only passes through those, so a package's Node
 * build is not blamed for what its edge build does.
 */
export function findImportChain(
  entry: string,
  isTarget: (label: string) => boolean,
  root = process.cwd(),
  bundled?: Set<string>,
): string[] | undefined {
  const start = path.resolve(entry);
  const cameFrom = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift() as string;
    if (isTarget(label(file, root))) return chainTo(file, cameFrom, root);
    if (!/\.(m|c)?(t|j)sx?$/.test(file)) continue;
    for (const specifier of importsOf(file)) {
      if (isBuiltin(specifier)) {
        const name = specifier.startsWith("node:") ? specifier : `node:${specifier}`;
        if (isTarget(name)) return [...chainTo(file, cameFrom, root), name];
        continue;
      }
      const next = resolve(specifier, file);
      const usable = next && (!bundled || bundled.has(next) || isTarget(label(next, root)));
      if (next && usable && !cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return undefined;
}

function chainTo(file: string, cameFrom: Map<string, string | null>, root: string): string[] {
  const chain: string[] = [];
  for (let at: string | null | undefined = file; at; at = cameFrom.get(at)) {
    const name = label(at, root);
    if (chain[0] !== name) chain.unshift(name);
  }
  return chain;
}
