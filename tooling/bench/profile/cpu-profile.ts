// Where a CPU profile's time went (Node's own `--cpu-prof` output), by npm package (or app file):
// its own time (the frame that was running), its inclusive time (on the stack at all, e.g. Auth.js
// together with the crypto it awaits in the same tick), and the JWT crypto by module. Bundled
// server and edge chunks are traced back to their sources through the build's source maps.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SourceMapConsumer } from "source-map-js";
import { packageOf } from "../../edge-check/edge-bundle";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
/** Times in microseconds of the monotonic clock, the one `process.hrtime` reads in every process. */
export type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export type Share = { where: string; ms: number; percent: number };
export type ProfileSummary = { totalMs: number; busyMs: number; self: Share[]; inclusive: Share[]; crypto: Share[] };
/** The part of the profile to read: samples taken from `fromMicros` to `toMicros`. */
export type Window = { fromMicros: number; toMicros: number };

/** V8's pseudo-frames: not code of ours, kept apart so "busy" time means time running JavaScript or GC. */
const IDLE = new Set(["(idle)", "(root)"]);

/** Inclusive totals over several labels: a sample counts once if any of them is on its stack. */
const AUTH = /^(next-auth|@auth\/core|jose|@panva\/hkdf)$/;
/** The JWT crypto behind a session: the outermost of these frames on a stack names the call. */
const CRYPTO = /^(edge )?(jose|@panva\/hkdf)$/;
const GROUPS: Record<string, (where: string) => boolean> = {
  "[the middleware's bundle]": (where) => where.startsWith("edge "),
  "[Auth.js at the edge]": (where) => where.startsWith("edge ") && AUTH.test(where.slice("edge ".length)),
  "[Auth.js on Node]": (where) => AUTH.test(where),
};

export function summarizeProfile(profile: CpuProfile, projectDir: string, window?: Window): ProfileSummary {
  const locate = locator(projectDir);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const located = new Map<number, Located>();
  const locatedOf = (id: number) => {
    let found = located.get(id);
    if (found === undefined) {
      found = locate((byId.get(id) as ProfileNode).callFrame);
      located.set(id, found);
    }
    return found;
  };
  const whereOf = (id: number) => locatedOf(id).where;

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const crypto = new Map<string, number>();
  const add = (counts: Map<string, number>, name: string, ms: number) => counts.set(name, (counts.get(name) ?? 0) + ms);
  let totalMs = 0;
  let idleMs = 0;
  let at = profile.startTime;
  for (const [i, leaf] of profile.samples.entries()) {
    // Each sample stands for the time since the one before it.
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (window && (at < window.fromMicros || at > window.toMicros)) continue;
    const ms = delta / 1000;
    totalMs += ms;
    const own = whereOf(leaf);
    if (IDLE.has(own)) {
      idleMs += ms;
      continue;
    }
    add(self, own, ms);
    const onStack = new Set<string>();
    let outermostCrypto: number | undefined;
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      onStack.add(whereOf(id));
      if (CRYPTO.test(whereOf(id))) outermostCrypto = id;
    }
    for (const [group, member] of Object.entries(GROUPS)) if ([...onStack].some(member)) onStack.add(group);
    for (const name of onStack) if (!IDLE.has(name)) add(inclusive, name, ms);
    if (outermostCrypto !== undefined) {
      // By module: in a bundle the function names are minified, the source map's paths are not.
      const { where, module } = locatedOf(outermostCrypto);
      add(crypto, `${where} ${module ?? (byId.get(outermostCrypto) as ProfileNode).callFrame.functionName}`, ms);
    }
  }
  const busyMs = totalMs - idleMs;
  const shares = (counts: Map<string, number>) =>
    [...counts].map(([name, ms]) => ({ where: name, ms, percent: (100 * ms) / Math.max(Number.MIN_VALUE, busyMs) })).sort((a, b) => b.ms - a.ms);
  return { totalMs, busyMs, self: shares(self), inclusive: shares(inclusive), crypto: shares(crypto) };
}

/** Where a frame's code came from, and for a package's code its module ("dist/webapi/jwt/decrypt.js"). */
type Located = { where: string; module?: string };

/**
 * A frame's package ("jose", "react-dom (bundled in next)"), app file ("app/page.tsx"), Node's own
 * module ("node:internal/crypto/webcrypto"), a native function, or V8's pseudo-frame name. Frames
 * of the edge middleware's bundle are prefixed "edge ": it runs in a sandbox of the same process.
 */
function locator(projectDir: string): (frame: CallFrame) => Located {
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
    if (!url) return { where: functionName.startsWith("(") ? functionName : `(native) ${functionName || "anonymous"}` };
    if (url.startsWith("node:")) return { where: url };
    const file = url.startsWith("file://") ? fileURLToPath(url) : url;
    const side = /[\\/]server[\\/]edge[\\/]/.test(file) ? "edge " : "";
    const source = consumerFor(file)?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber }).source ?? file;
    const owner = packageOf(source) ?? packageOf(file);
    // Next ships React and others precompiled inside itself, with sources named by their own path.
    const compiled = /dist\/compiled\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
    if (owner) {
      const inPackage = decodeURIComponent(source).split(`node_modules/${owner}/`).pop();
      return { where: side + (compiled && owner === "next" ? `${compiled} (bundled in next)` : owner), module: inPackage };
    }
    // A source of the app itself, in whatever form the bundler wrote it ("[project]/app/page.tsx").
    const relative = path.relative(projectDir, path.resolve(path.dirname(file), source.replace(/^[a-z-]+:\/\/\/?(\[project\]\/)?/i, "")));
    return { where: side + (relative.startsWith("..") ? source : relative) };
  };
}
