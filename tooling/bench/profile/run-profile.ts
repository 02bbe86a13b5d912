// `npm run bench:profile`: where a signed-in request's time goes. Signs a user in, then runs the
// built app under Node's own `--cpu-prof` and loads each profiled variant in turn, noting when its
// load began and ended on the monotonic clock that the profile's timestamps also use. Once the
// server has stopped (it writes the profile then), each variant's window of it is summarised by
// package, and the JWT crypto by the jose or @panva/hkdf module it ran in.
import fs from "node:fs";
import path from "node:path";
import { signInOverHttp } from "../../harness/http-sign-in";
import { runLoad } from "../load";
import type { ProfileOptions } from "../options";
import { withBenchServices } from "../services";
import { sessionCookieOf } from "../session-costs";
import { VARIANTS, type VariantId } from "../variants";
import { summarizeProfile, type CpuProfile, type Share, type Window } from "./cpu-profile";

/** The requests profiled, and the pairs whose difference is what a session adds. */
const PROFILED: VariantId[] = ["home-anon", "home-session", "dashboard-session", "me-session", "live-anon", "providers-anon", "session-endpoint"];
export const SESSION_COSTS: { label: string; with: VariantId; without: VariantId }[] = [
  { label: "what a session adds to /", with: "home-session", without: "home-anon" },
  { label: "/api/me with a session over a route with no auth behind the same middleware", with: "me-session", without: "live-anon" },
  { label: "what running the middleware adds to a route with no auth", with: "live-anon", without: "providers-anon" },
];
const WARMUP_REQUESTS = 50;
/** Finer than Node's default 1 ms: one signed-in request costs a few milliseconds of CPU. */
const SAMPLE_INTERVAL_MICROS = 100;

export type VariantProfile = {
  variant: VariantId;
  label: string;
  reqPerSec: number;
  /** CPU time of the server's processes per request under load, all threads (Linux's /proc; NaN elsewhere). */
  processCpuMsPerRequest: number;
  /** Main-thread CPU per request under load (busy samples ÷ requests), in total, by package and in the JWT crypto. */
  cpuMsPerRequest: number;
  self: Share[];
  inclusive: Share[];
  crypto: Share[];
};

export async function runProfile(options: ProfileOptions, log: (line: string) => void): Promise<VariantProfile[]> {
  return withBenchServices(options, log, async ({ projectDir, benchDir, mailDir, startServer }) => {
    log("signing in through the magic link…");
    const signer = await startServer("sign-in-server");
    const email = `profile-${Date.now()}@example.test`;
    const cookie = sessionCookieOf(await signInOverHttp({ appUrl: signer.url, email, mailDir }));
    await signer.server.stop();

    const outDir = path.join(benchDir, "profile");
    fs.rmSync(outDir, { recursive: true, force: true });
    const { server, url } = await startServer("profiled-server", {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --cpu-prof --cpu-prof-dir=${outDir} --cpu-prof-interval=${SAMPLE_INTERVAL_MICROS}`.trim(),
    });
    const pgid = server.pid;
    if (!pgid) throw server.failure("has no pid");

    const runs: { id: VariantId; label: string; window: Window; requests: number; seconds: number; cpuMs: number }[] = [];
    for (const id of PROFILED) {
      const variant = VARIANTS.find((v) => v.id === id);
      if (!variant) throw new Error(`no variant ${id}`);
      const headers: Record<string, string> = variant.session ? { cookie } : {};
      const target = url + variant.path;
      log(`profiling ${variant.label}…`);
      const warm = await runLoad({ url: target, headers, connections: options.connections, requests: WARMUP_REQUESTS });
      if (Object.keys(warm.statuses).some((status) => Number(status) !== variant.status)) {
        throw server.failure(`answered ${variant.label} with ${JSON.stringify(warm.statuses)}; expected only ${variant.status}`);
      }
      const cpuBefore = groupCpuMs(pgid);
      const fromMicros = monotonicMicros();
      const loaded = await runLoad({ url: target, headers, connections: options.connections, seconds: options.seconds });
      const window = { fromMicros, toMicros: monotonicMicros() };
      runs.push({ id, label: variant.label, window, requests: Math.max(1, loaded.requests), seconds: loaded.seconds, cpuMs: groupCpuMs(pgid) - cpuBefore });
    }
    await server.stop();

    const profile = serverProfile(outDir);
    return runs.map(({ id, label, window, requests, seconds, cpuMs }) => {
      const summary = summarizeProfile(profile, projectDir, window);
      const perRequest = (shares: Share[]) => shares.map((share) => ({ ...share, ms: share.ms / requests }));
      return {
        variant: id,
        label,
        reqPerSec: requests / seconds,
        processCpuMsPerRequest: cpuMs / requests,
        cpuMsPerRequest: summary.busyMs / requests,
        self: perRequest(summary.self),
        inclusive: perRequest(summary.inclusive),
        crypto: perRequest(summary.crypto),
      };
    });
  });
}

const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

/**
 * The profile of the server itself: `next start` runs it in a child process, so its launcher
 * writes a (nearly empty) profile too; the server's is the one with the most samples.
 */
function serverProfile(dir: string): CpuProfile {
  const profiles = fs.readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"));
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as CpuProfile;
  const largest = profiles.map(read).sort((a, b) => b.samples.length - a.samples.length)[0];
  if (!largest) throw new Error(`the profiled server wrote no .cpuprofile into ${dir}: did it stop by itself before the end?`);
  return largest;
}

/** User and system CPU time of every process in the group, all threads, from /proc (Linux); NaN elsewhere. */
function groupCpuMs(pgid: number): number {
  if (!fs.existsSync("/proc/self/stat")) return Number.NaN;
  const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture Node supports.
  let ticks = 0;
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // Gone since the listing.
    }
    // After the command name (in parentheses, may hold spaces): state, ppid, pgrp, …, utime (14th field), stime (15th).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
