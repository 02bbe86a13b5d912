// `npm run bench`: one run, start to finish. On the benchmark's services (services.ts), `next start`
// servers one after the other: one per added round-trip latency, for the sign-in's round trips; one
// with a short refresh interval, for the sign-in and refresh costs; the last started cold and timed,
// then loaded in alternating rounds. Everything listens on 127.0.0.1 and is stopped at the end, also
// on Ctrl-C.
import path from "node:path";
import type { RunningApp } from "../harness/next-app";
import { freePort } from "../harness/run-env";
import { readEdgeBundle } from "../edge-check/edge-bundle";
import { BENCH_DIST_DIR } from "./app-build";
import { processGroupMemory, startCold } from "./app-server";
import { edgePackageBytes } from "./edge-package-bytes";
import { LATENCIES_MS, measureAtLatency, type LatencyRun } from "./latency";
import { runLoad } from "./load";
import { describeMachine, loadAverage } from "./machine";
import { MIDDLEWARE_TARGETS, middlewareFloor } from "./middleware-floor";
import type { BenchOptions } from "./options";
import type { BenchResults } from "./results";
import { ratioSpread, schedule, summarizeVariant, type Sample } from "./rounds";
import { measureSessionCosts, sessionCookieOf, shortRefreshSettings } from "./session-costs";
import { withBenchServices } from "./services";
import { RATIOS, VARIANTS, type Variant } from "./variants";

export async function runBench(options: BenchOptions, log: (line: string) => void): Promise<BenchResults> {
  return withBenchServices(options, log, async ({ projectDir, benchDir, logDir, mailDir, counter, uncounted, build, cleanup, startServer, latencyBridge, appEnv, serverLogDir }) => {
    const bundle = readEdgeBundle(path.join(projectDir, BENCH_DIST_DIR));
    const floor = await middlewareFloor({ projectDir, cacheFile: path.join(benchDir, "middleware-floor.json"), logDir, cleanup, force: options.floor });

    // Before the session costs: the cookie their server renews last must reach the cold server
    // below before it is due (session-costs.ts, shortRefreshSettings).
    log(`signing in with ${LATENCIES_MS.join(" and ")} ms added to each database round trip…`);
    const latency: LatencyRun[] = [];
    for (const latencyMs of LATENCIES_MS) {
      const bridgePort = await latencyBridge(latencyMs);
      // The limits still run (the same call), sized for the bench's own sign-ins: eight of one address
      // per server, and every visitor one client here (CLIENT_IP_HEADER=none).
      const limits = { EMAIL_LIMIT_PER_ADDRESS: "20", EMAIL_LIMIT_PER_CLIENT: "100" };
      const { server, url: appUrl } = await startServer(`latency-${latencyMs}ms`, { NEON_BRIDGE_PORT: String(bridgePort), ...limits });
      const latencyEmail = `bench-latency-${latencyMs}-${Date.now()}@example.test`;
      latency.push(await measureAtLatency({ latencyMs, appUrl, email: latencyEmail, mailDir, counter, page: "/dashboard" }));
      await server.stop();
    }

    log("signing in through the magic link, and letting the session go stale…");
    const email = `bench-${Date.now()}@example.test`;
    const short = shortRefreshSettings();
    const refresh = await startServer("refresh-server", short.env);
    const sessions = await measureSessionCosts({ appUrl: refresh.url, email, mailDir, counter, refreshSeconds: short.seconds, page: "/dashboard" });
    await refresh.server.stop();

    log("starting the app cold…");
    const loadPort = await freePort();
    const url = `http://127.0.0.1:${loadPort}`;
    const cold = await startCold({
      projectDir,
      logDir: serverLogDir("load-server"),
      env: appEnv(loadPort),
      distDir: BENCH_DIST_DIR,
      port: loadPort,
      cleanup,
      url,
      cookie: sessions.cookie,
      authenticatedPath: "/dashboard",
      plainPath: "/api/health/live",
      databasePath: "/api/health",
    });
    const { server, coldStart } = cold;
    // Checked on this server at its first page: due again only after its SESSION_REFRESH_SECONDS.
    let cookie = cold.cookie;

    for (const variant of VARIANTS) await probe(url, variant, variant.session ? cookie : "", email, server);
    log(`warming up (${options.warmupRequests} requests per variant)…`);
    for (const variant of VARIANTS) {
      await runLoad({ url: url + variant.path, headers: headersFor(variant, cookie), connections: options.connections, requests: options.warmupRequests });
    }

    const loadBefore = loadAverage();
    const samples: Sample[] = [];
    const plan = schedule(VARIANTS, options.rounds);
    for (const [i, { round, variant }] of plan.entries()) {
      // Checked again between rounds if it has come due: within a round no request is sent through
      // the session check (the edge would redirect it), so every variant measures its steady state.
      if (i === 0 || plan[i - 1]?.round !== round) cookie = await refreshedCookie(url, cookie);
      log(`round ${round + 1}/${options.rounds}: ${variant.label}`);
      const { result, statements } = await counter.count(() =>
        runLoad({ url: url + variant.path, headers: headersFor(variant, cookie), connections: options.connections, seconds: options.seconds }),
      );
      samples.push({ variant: variant.id, round, ...result, statements: statements.total });
    }
    const loadAfter = loadAverage();
    const serverMemory = server.pid ? processGroupMemory(server.pid) : [];

    return {
      date: new Date().toISOString(),
      machine: describeMachine(projectDir),
      loadAverage: { before: loadBefore, after: loadAfter },
      settings: { rounds: options.rounds, seconds: options.seconds, connections: options.connections, warmupRequests: options.warmupRequests },
      build,
      variants: VARIANTS.map((variant) => ({
        ...summarizeVariant(variant.id, variant.status, samples),
        label: variant.label,
        path: variant.path,
        session: variant.session,
      })),
      ratios: RATIOS.map((ratio) => ({ ...ratio, value: ratioSpread(samples, ratio.numerator, ratio.denominator) })),
      database: { ...(uncounted ? { uncounted } : {}), sessions: sessions.costs },
      latency,
      middleware: {
        rawBytes: bundle.rawBytes,
        gzipBytes: bundle.gzipBytes,
        files: bundle.files.length,
        packages: bundle.packages,
        packageBytes: edgePackageBytes(path.join(projectDir, BENCH_DIST_DIR), bundle.files),
        floor,
        authGzipBytes: bundle.gzipBytes - floor.gzipBytes,
        targets: MIDDLEWARE_TARGETS,
      },
      coldStart,
      serverMemory,
    };
  });
}

const headersFor = (variant: Variant, cookie: string): Record<string, string> => (variant.session ? { cookie } : {});

/** One request of the variant, checked: the intended status, and signed in exactly when it should be. */
async function probe(url: string, variant: Variant, cookie: string, email: string, server: RunningApp): Promise<void> {
  const response = await fetch(url + variant.path, { redirect: "manual", headers: cookie ? { cookie } : {} });
  const body = await response.text();
  const signedIn = body.includes(email);
  if (response.status !== variant.status || signedIn !== variant.session) {
    const saw = `${response.status}${signedIn ? ", signed in" : ", signed out"}`;
    throw server.failure(`answered ${variant.label} with ${saw}; the benchmark expects ${variant.status}${variant.session ? ", signed in" : ""}`);
  }
}

/** The session cookie after asking /api/auth/session, which runs the session check when the token is due. */
async function refreshedCookie(url: string, cookie: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/session`, { headers: { cookie } });
  await response.arrayBuffer();
  return sessionCookieOf(response.headers.getSetCookie()) || cookie;
}
