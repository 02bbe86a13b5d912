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
    const consumer = new SourceMapConsumer(JSON.parse(fs.readFileSync(mapFile, "utf8")));
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
    consumer.eachMapping(
      (mapping) => {
        close(mapping.generatedLine, mapping.generatedColumn);
        previous = { line: mapping.generatedLine, column: mapping.generatedColumn, owner: ownerOf(mapping.source) };
      },
      undefined,
      SourceMapConsumer.GENERATED_ORDER,
    );
    close(Number.POSITIVE_INFINITY, 0);
    add(UNMAPPED, Math.max(0, code.length - mapped));
  }
  return [...totals].map(([owner, bytes]) => ({ owner, bytes })).sort((a, b) => b.bytes - a.bytes);
}

function ownerOf(source: string | null): string {
  if (!source) return UNMAPPED;
  return packageOf(source) ?? "the app's own files";
}
