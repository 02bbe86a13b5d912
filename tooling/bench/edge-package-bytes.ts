// How much of the middleware bundle each package is: every generated character is attributed,
// through the bundle's source maps, to the package (or app file) its code came from.
import fs from "node:fs";
import path from "node:path";
import { SourceMapConsumer } from "source-map-js";
import { packageOf } from "../edge-check/edge-bundle";

export type PackageBytes = { owner: string; bytes: number };

const UNMAPPED = "(no source: bundler glue)";

export function edgePackageBytes(distDir: string, files: string[]): PackageBytes[] {
  const totals = new Map<string, number>();
  const add = (owner: string, bytes: number) => totals.set(owner, (totals.get(owner) ?? 0) + bytes);
  for (const file of files) {
    const code = fs.readFileSync(path.join(distDir, file), "utf8");
    const mapFile = path.join(distDir, `${file}.map`);
    if (!fs.existsSync(mapFile)) {
      add(UNMAPPED, code.length);
      continue;
    }
    const lineLengths = code.split("\n").map((line) => line.length);
    // Each mapping owns the characters up to the next mapping on its line, or to the line's end.
    let previous: { line: number; column: number; owner: string } | undefined;
    let mapped = 0;
    const close = (line: number, column: number) => {
      if (!previous) return;
      const end = line === previous.line ? column : (lineLengths[previous.line - 1] ?? previous.column);
      const bytes = Math.max(0, end - previous.column);
      add(previous.owner, bytes);
      mapped += bytes;
    };
    eachGeneratedMapping(JSON.parse(fs.readFileSync(mapFile, "utf8")) as RawMap, (line, column, source) => {
      close(line, column);
      previous = { line, column, owner: ownerOf(source) };
    });
    close(Number.POSITIVE_INFINITY, 0);
    add(UNMAPPED, Math.max(0, code.length - mapped));
  }
  return [...totals].map(([owner, bytes]) => ({ owner, bytes })).sort((a, b) => b.bytes - a.bytes);
}

type RawMap = { sections?: { offset: { line: number; column: number }; map: RawMap }[] };

/**
 * Every mapping of a source map in generated order (lines from 1). Next.js 16.5's Turbopack writes
 * index maps (ECMA-426 "sections"); source-map-js reads them but throws on a section's mapping that
 * has no source ("No element indexed by null"), so each section is read as a map of its own and
 * moved by its offset (0-based line; the column only on the section's first line).
 */
function eachGeneratedMapping(map: RawMap, visit: (line: number, column: number, source: string | null) => void): void {
  if (map.sections) {
    for (const { offset, map: inner } of map.sections) {
      eachGeneratedMapping(inner, (line, column, source) => visit(line + offset.line, line === 1 ? column + offset.column : column, source));
    }
    return;
  }
  new SourceMapConsumer(map as ConstructorParameters<typeof SourceMapConsumer>[0]).eachMapping(
    (mapping) => visit(mapping.generatedLine, mapping.generatedColumn, mapping.source),
    undefined,
    SourceMapConsumer.GENERATED_ORDER,
  );
}

function ownerOf(source: string | null): string {
  if (!source) return UNMAPPED;
  return packageOf(source) ?? "the app's own files";
}
