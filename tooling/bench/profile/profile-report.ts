// The printed profile: per request, the JWT crypto behind the session (main-thread time in jose's
// and @panva/hkdf's functions), the CPU by package, and what a session adds over the same kind of
// request without one.
import type { Share } from "./cpu-profile";
import { SESSION_COSTS, type VariantProfile } from "./run-profile";

const TOP = 8;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const shares = (list: Share[]) => list.slice(0, TOP).map((s) => `${s.where} ${ms(s.ms)} (${s.percent.toFixed(0)}%)`).join(", ");

/** `with` minus `without`, per package in main-thread ms per request, largest first: where the extra CPU of a session goes. */
export function sessionCost(withSession: VariantProfile, without: VariantProfile): { where: string; ms: number }[] {
  const base = new Map(without.self.map((share) => [share.where, share.ms]));
  const names = new Set([...withSession.self.map((share) => share.where), ...base.keys()]);
  return [...names]
    .map((where) => ({ where, ms: (withSession.self.find((share) => share.where === where)?.ms ?? 0) - (base.get(where) ?? 0) }))
    .sort((a, b) => b.ms - a.ms);
}

export function formatProfile(profiles: VariantProfile[]): string {
  const out: string[] = [];
  for (const p of profiles) {
    out.push(
      `${p.label}: ${p.reqPerSec.toFixed(0)} req/s; CPU per request ${ms(p.processCpuMsPerRequest)} (server process, all threads), ${ms(p.cpuMsPerRequest)} sampled on the main thread`,
      `  JWT crypto per request: ${p.crypto.length ? shares(p.crypto) : "none sampled"}`,
      `  own time by package: ${shares(p.self)}`,
      `  on the stack (inclusive): ${shares(p.inclusive.filter((share) => !share.where.startsWith("[")))}`,
      `  in all: ${p.inclusive.filter((share) => share.where.startsWith("[")).map((s) => `${s.where} ${ms(s.ms)}`).join(", ") || "none"}`,
      "",
    );
  }
  for (const pair of SESSION_COSTS) {
    const withSession = profiles.find((p) => p.variant === pair.with);
    const without = profiles.find((p) => p.variant === pair.without);
    if (!withSession || !without) continue;
    const extra = withSession.processCpuMsPerRequest - without.processCpuMsPerRequest;
    const grew = sessionCost(withSession, without).filter((s) => s.ms > 0).slice(0, TOP);
    out.push(`${pair.label}: ${ms(extra)} of CPU per request (all threads); grown on the main thread: ${grew.map((s) => `${s.where} +${ms(s.ms)}`).join(", ")}`);
  }
  return out.join("\n");
}
