// Preloaded into `next start` by `npm run bench:profile` (NODE_OPTIONS=--import), never by the app.
// Between two SIGUSR2 signals it records a CPU profile and, in a counting window, counts the
// crypto work behind JWT sessions, so a window covers exactly the requests the profiler sent. The
// edge middleware runs in a sandbox of the same process that shares Node's WebCrypto object, so
// its calls are counted too, told apart by the bundle they came from (server/edge/).
import crypto from "node:crypto";
import fs from "node:fs";
import inspector from "node:inspector";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";

const outDir = process.env.BENCH_PROFILE_DIR;
let counts = {};
let window = 0;
let session;
// CPU time of the whole process (every thread: the crypto runs in libuv's pool) since the window
// opened. Unlike the sampled profile, a busy machine that keeps the server waiting does not inflate it.
let cpuAtStart;

const side = () => (/[\\/]server[\\/]edge[\\/]/.test(new Error().stack ?? "") ? "edge" : "node");
const bump = (name) => {
  const key = `${side()} ${name}`;
  counts[key] = (counts[key] ?? 0) + 1;
};
const algorithmOf = (algorithm) => (typeof algorithm === "string" ? algorithm : algorithm?.name ?? "?");

// Which argument names the algorithm, per SubtleCrypto method. The counting wrappers are in place
// only during a counting window: they capture a stack trace per call, which a CPU profile would
// then show as the app's own cost.
const SUBTLE = { decrypt: 0, encrypt: 0, sign: 0, verify: 0, digest: 0, deriveBits: 0, deriveKey: 0, generateKey: 0, importKey: 2 };
const subtle = Object.getPrototypeOf(crypto.webcrypto.subtle);
const originals = { hkdf: crypto.hkdf, ...Object.fromEntries(Object.keys(SUBTLE).map((method) => [method, subtle[method]])) };

function countCrypto(on) {
  for (const [method, at] of Object.entries(SUBTLE)) {
    const original = originals[method];
    subtle[method] = on
      ? function (...args) {
          bump(`subtle.${method}(${algorithmOf(args[at])})`);
          return original.apply(this, args);
        }
      : original;
  }
  // @panva/hkdf uses Node's own hkdf on the Node side.
  crypto.hkdf = on
    ? function (...args) {
        bump(`crypto.hkdf(${args[0]})`);
        return originals.hkdf.apply(this, args);
      }
    : originals.hkdf;
  syncBuiltinESMExports();
}

// The profiler writes the kind of the next window ("count" or "profile") before it signals.
const nextKind = () => fs.readFileSync(path.join(outDir, "next-window"), "utf8").trim();

process.on("SIGUSR2", () => {
  window += 1;
  const base = path.join(outDir, `${process.pid}-${window}`);
  if (!session) {
    counts = {};
    cpuAtStart = process.cpuUsage();
    if (nextKind() === "count") countCrypto(true);
    session = new inspector.Session();
    session.connect();
    // Finer than the default 1 ms: one signed-in request costs a few milliseconds of CPU.
    session.post("Profiler.enable", () =>
      session.post("Profiler.setSamplingInterval", { interval: 250 }, () => session.post("Profiler.start", () => fs.writeFileSync(`${base}.started`, ""))),
    );
    return;
  }
  countCrypto(false);
  const cpu = process.cpuUsage(cpuAtStart);
  const finished = session;
  session = undefined;
  const counted = counts;
  finished.post("Profiler.stop", (error, result) => {
    fs.writeFileSync(`${base}.window.json`, JSON.stringify({ counts: counted, cpuMicros: cpu.user + cpu.system }));
    if (!error) fs.writeFileSync(`${base}.cpuprofile`, JSON.stringify(result.profile));
    finished.disconnect();
    // Written last: the profiler waits for this file, so the others are complete when it appears.
    fs.writeFileSync(`${base}.done`, error ? String(error) : "");
  });
});
