// `npm run bench:profile`: where a signed-in request's time goes. Signs a user in, then runs the
// built app with profile-hooks.mjs preloaded and, for each profiled variant, two windows: a
// sequential one counting the JWT crypto per request (key derivations, decrypts, encrypts, at the
// edge and on Node), and a loaded one recording a CPU profile, summarised by package.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { signInOverHttp } from "../../harness/http-sign-in";
import { runLoad } from "../load";
import type { ProfileOptions } from "../options";
import { withBenchServices } from "../services";
import { sessionCookieOf } from "../session-costs";
import { VARIANTS, type VariantId } from "../variants";
import { summarizeProfile, type Share } from "./cpu-profile";
import { profileWindows } from "./profile-windows";



/** The requests profiled, and the pairs whose difference is what a session adds. */
const PROFILED: VariantId[] = ["home-anon", "home-session", "dashboard-session", "me-session", "live-anon", "providers-anon", "session-endpoint"];
export const SESSION_COSTS: { label: string; with: VariantId; without: VariantId }[] = [
  { label: "what a session adds to /", with: "home-session", without: "home-anon" },
  { label: "/api/me with a session over a route with no auth behind the same middleware", with: "me-session", without: "live-anon" },
  { label: "what running the middleware adds to a route with no auth", with: "live-anon", without: "providers-anon" },
];

export type VariantProfile = {
  variant: VariantId;
  label: string;
  /** Per request, from the sequential window: "edge crypto.hkdf(sha256)", "node subtle.decrypt(AES-CBC)"… */
  cryptoPerRequest: Record<string, number>;
  reqPerSec: number;
  /** CPU time of the server process per request under load, all threads (process.cpuUsage). */
  processCpuMsPerRequest: number;
  /** Main-thread CPU per request under load (busy samples ÷ requests), in total and by package. */
  cpuMsPerRequest: number;
  self: Share[];
  inclusive: Share[];
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
    fs.mkdirSync(outDir, { recursive: true });
    const hooks = pathToFileURL(path.join(import.meta.dirname, "profile-hooks.mjs")).href;
    const { server, url } = await startServer("profiled-server", {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${hooks}`.trim(),
      BENCH_PROFILE_DIR: outDir,
    });
    if (!server.pid) throw server.failure("has no pid to signal");
    const windows = profileWindows(server.pid, outDir);

    const profiles: VariantProfile[] = [];
    for (const id of PROFILED) {
      const variant = VARIANTS.find((v) => v.id === id);
      if (!variant) throw new Error(`no variant ${id}`);
      const headers: Record<string, string> = variant.session ? { cookie } : {};
      const target = url + variant.path;
      log(`profiling ${variant.label}…`);
      await runLoad({ url: target, headers, connections: options.connections, requests: 50 });
      const counted = await windows.around("count", async () => {
        for (let i = 0; i < options.requests; i++) {
          const response = await fetch(target, { headers, redirect: "manual" });
          await response.arrayBuffer();
          if (response.status !== variant.status) throw server.failure(`answered ${variant.label} with ${response.status}`);
        }
      });
      const loaded = await windows.around("profile", () => runLoad({ url: target, headers, connections: options.connections, seconds: options.seconds }));
      fs.writeFileSync(path.join(outDir, `${id}.cpuprofile`), JSON.stringify(loaded.profile));
      const summary = summarizeProfile(loaded.profile, projectDir);
      const requests = Math.max(1, loaded.result.requests);
      const perRequest = (shares: Share[]) => shares.map((share) => ({ ...share, ms: share.ms / requests }));
      profiles.push({
        variant: id,
        label: variant.label,
        cryptoPerRequest: Object.fromEntries(Object.entries(counted.counts).map(([key, n]) => [key, n / options.requests])),
        reqPerSec: loaded.result.requests / loaded.result.seconds,
        processCpuMsPerRequest: loaded.cpuMicros / 1000 / requests,
        cpuMsPerRequest: summary.busyMs / requests,
        self: perRequest(summary.self),
        inclusive: perRequest(summary.inclusive),
      });
    }
    return profiles;
  });
}
