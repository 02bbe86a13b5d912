// Where a CPU profile's time went, by npm package (or app file): its own time (the frame that was
// running) and its inclusive time (on the stack at all, e.g. Auth.js together with the crypto it
// awaits in the same tick). Bundled server and edge chunks are traced back to their sources
// through the build's source maps.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SourceMapConsumer } from "source-map-js";
import { packageOf } from "../../edge-check/edge-bundle";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
export type CpuProfile = { nodes: ProfileNode[]; samples: number[]; startTime: number; endTime: number };

export type Share = { where: string; ms: number; percent: number };
export type ProfileSummary = { totalMs: number; busyMs: number; self: Share[]; inclusive: Share[] };

/** V8's pseudo-frames: not code of ours, kept apart so "busy" time means time running JavaScript or GC. */
const IDLE = new Set(["(idle)", "(root)"]);

/** Inclusive totals over several labels: a sample counts once if any of them is on its stack. */
const AUTH = /^(next-auth|@auth\/core|jose|@panva\/hkdf)$/;
const GROUPS: Record<string, (where: string) => boolean> = {
  "[the middleware's bundle]": (where) => where.startsWith("edge "),
  "[Auth.js at the edge]": (where) => where.startsWith("edge ") && AUTH.test(where.slice("edge ".length)),
  "[Auth.js on Node]": (where) => AUTH.test(where),
};

export function summarizeProfile(profile: CpuProfile, projectDir: string): ProfileSummary {
  const locate = locator(projectDir);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const where = new Map<number, string>();
  const whereOf = (id: number) => {
    let found = where.get(id);
    if (found === undefined) {
      found = locate((byId.get(id) as ProfileNode).callFrame);
      where.set(id, found);
    }
    return found;
  };

  const msPerSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let idle = 0;
  for (const leaf of profile.samples) {
    const own = whereOf(leaf);
    if (IDLE.has(own)) {
      idle += 1;
      continue;
    }
    self.set(own, (self.get(own) ?? 0) + 1);
    const onStack = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) onStack.add(whereOf(id));
    for (const [group, member] of Object.entries(GROUPS)) if ([...onStack].some(member)) onStack.add(group);
    for (const name of onStack) if (!IDLE.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
  }
  const busy = profile.samples.length - idle;
  const shares = (counts: Map<string, number>) =>
    [...counts]
      .map(([name, n]) => ({ where: name, ms: n * msPerSample, percent: (100 * n) / Math.max(1, busy) }))
      .sort((a, b) => b.ms - a.ms);
  return { totalMs: profile.samples.length * msPerSample, busyMs: busy * msPerSample, self: shares(self), inclusive: shares(inclusive) };
}

/**
 * A frame's package ("jose", "react-dom (bundled in next)"), app file ("app/page.tsx"), Node's own
 * module ("node:internal/crypto/webcrypto"), a native function, or V8's pseudo-frame name. Frames
 * of the edge middleware's bundle are prefixed "edge ": it runs in a sandbox of the same process.
 */
function locator(projectDir: string): (frame: CallFrame) => string {
  const maps = new Map<string, SourceMapConsumer | undefined>();
  const consumerFor = (file: string) => {
    if (!maps.has(file)) {
      const mapFile = `${file}.map`;
      maps.set(file, fs.existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(fs.readFileSync(mapFile, "utf8"))) : undefined);
    }
    return maps.get(file);
  };
  return (frame) => {
    const { url, functionName } = frame;
    if (!url) return functionName.startsWith("(") ? functionName : `(native) ${functionName || "anonymous"}`;
    if (url.startsWith("node:")) return url;
    const file = url.startsWith("file://") ? fileURLToPath(url) : url;
    const side = /[\\/]server[\\/]edge[\\/]/.test(file) ? "edge " : "";
    const source = consumerFor(file)?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber }).source ?? file;
    const owner = packageOf(source) ?? packageOf(file);
    // Next ships React and others precompiled inside itself, with sources named by their own path.
    const compiled = /dist\/compiled\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
    if (owner) return side + (compiled && owner === "next" ? `${compiled} (bundled in next)` : owner);
    // A source of the app itself, in whatever form the bundler wrote it ("[project]/app/page.tsx").
    const relative = path.relative(projectDir, path.resolve(path.dirname(file), source.replace(/^[a-z-]+:\/\/\/?(\[project\]\/)?/i, "")));
    return side + (relative.startsWith("..") ? source : relative);
  };
}
