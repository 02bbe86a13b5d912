// Hundreds of crafted requests against the production build, by class, with a fixed seed: bad,
// bent and forged session cookies, off-site callback URLs in every place, missing CSRF tokens,
// addresses that would inject headers, unknown providers, wrong methods, huge bodies, and paths
// that might slip past the middleware. None may get a 5xx, a redirect off the site, a session
// cookie, or write a row; the server must answer normally afterwards. A server and a database of
// its own, so every row the app writes is counted (the other specs write to theirs meanwhile).
import { Cleanup } from "../tooling/harness/cleanup";
import { Database } from "./support/database";
import { csrfPair, requestEmailAtEndpoint } from "./support/auth-requests";
import { emailsTo, lastEmailTo, magicLinkIn } from "../tooling/harness/mailbox";
import { hostileCases, type HostileCase } from "./support/hostile/catalog";
import { sendRaw, type RawResponse } from "./support/hostile/raw-request";
import { seeded } from "./support/hostile/seeded";
import { buildServerActions, crossOriginActionCases, malformedActionCases } from "./support/hostile/server-actions";
import { createOwnDatabase } from "./support/own-database";
import { startSecondApp, type SecondApp } from "../tooling/harness/second-app";
import { ports } from "../tooling/harness/run-env";
import { scaled } from "../tooling/harness/timeouts";
import { expect, hasSessionCookie, signInWithOidc, test, uniqueEmail } from "./fixtures";

const SEED = 20261130;
const MIN_REQUESTS = 300;
const PARALLEL = 4;
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?=([^;]*)/;

const cleanup = new Cleanup();
let server: SecondApp;
let db: Database;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(scaled(120_000));
  const own = await createOwnDatabase();
  cleanup.add("the hostile suite's database", () => own.drop());
  db = new Database({ url: own.url, bridgePort: ports().bridge });
  cleanup.add("its connection pool", () => db.close());
  // Sessions are checked hourly here, not every few seconds: the server-action class signs out with
  // its session's first calls and needs the rest of them to reach their actions signed in.
  server = await startSecondApp({ name: "hostile-input", env: { DATABASE_URL: own.url, SESSION_REFRESH_SECONDS: "3600" }, cleanup });
});
test.afterAll(() => cleanup.run());

/** A real session cookie of this server, through the real magic-link flow. */
async function realSessionCookie(email: string): Promise<string> {
  const since = new Date();
  expect((await requestEmailAtEndpoint(server.url, email)).status).toBe(302);
  const link = magicLinkIn(await lastEmailTo(email, { since }));
  const callback = await fetch(link, { redirect: "manual" });
  const value = callback.headers.getSetCookie().map((cookie) => SESSION_COOKIE.exec(cookie)?.[1]).find(Boolean);
  if (!value) throw new Error(`signing in on the hostile suite's server set no session cookie (status ${callback.status})`);
  return value;
}

type Verdict = { kind: string; serverError: boolean; offSite: boolean; sessionCookie: boolean; failure?: string };

function judge(test: HostileCase, response: RawResponse): Verdict {
  const origin = new URL(server.url).origin;
  const offSite = response.location !== undefined && new URL(response.location, server.url).origin !== origin;
  const sessionCookie = response.setCookies.some((cookie) => Boolean(SESSION_COOKIE.exec(cookie)?.[1]) && !/;\s*Max-Age=0/i.test(cookie));
  return { kind: test.kind, serverError: response.status >= 500, offSite, sessionCookie, failure: test.check?.(response) };
}

async function runAll(cases: HostileCase[]): Promise<{ verdicts: Verdict[]; failures: string[] }> {
  const verdicts: Verdict[] = [];
  const failures: string[] = [];
  const queue = [...cases];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const response = await sendRaw(server.port, next.request);
      const verdict = judge(next, response);
      verdicts.push(verdict);
      const problems = [
        verdict.serverError && `answered ${response.status}`,
        verdict.offSite && `redirected off the site to ${response.location}`,
        verdict.sessionCookie && "set a session cookie",
        verdict.failure,
      ].filter(Boolean);
      if (problems.length) failures.push(`${next.kind} / ${next.label} (${next.request.method} ${next.request.path.slice(0, 80)}): ${problems.join("; ")}`);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { verdicts, failures };
}

function table(verdicts: Verdict[]): string {
  const kinds = [...new Set(verdicts.map((v) => v.kind))];
  const rows = kinds.map((kind) => {
    const of = verdicts.filter((v) => v.kind === kind);
    return [kind, of.length, of.filter((v) => v.serverError).length, of.filter((v) => v.offSite).length, of.filter((v) => v.sessionCookie).length, of.filter((v) => v.failure).length];
  });
  rows.push(["total", verdicts.length, ...[2, 3, 4, 5].map((i) => rows.reduce((sum, row) => sum + Number(row[i]), 0))]);
  const header = ["class", "requests", "5xx", "off-site redirects", "session cookies", "class check failed"];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]!) : String(cell).padStart(widths[i]!))).join("  ");
  return [line(header), ...rows.map(line)].join("\n");
}

test("hostile requests get no 5xx, no off-site redirect, no session cookie and write no row", async ({}, testInfo) => {
  testInfo.setTimeout(scaled(300_000));
  const validSession = await realSessionCookie(uniqueEmail(testInfo, "hostile-owner"));
  const victims = Array.from({ length: 30 }, (_, i) => uniqueEmail(testInfo, `hostile-victim${i}`));
  const since = new Date();
  const cases = await hostileCases({ port: server.port, validSession, csrf: await csrfPair(server.url), victim: (i) => victims[i]!, random: seeded(SEED) });
  cases.push(...crossOriginActionCases(buildServerActions(), server.port));
  expect(cases.length).toBeGreaterThanOrEqual(MIN_REQUESTS);

  const before = await db.rowCounts();
  const { verdicts, failures } = await runAll(cases);
  const report = table(verdicts);
  console.log(`\nHostile input, seed ${SEED}:\n${report}\n`);
  await testInfo.attach("hostile-input.txt", { body: `${report}\n\n${failures.join("\n")}`, contentType: "text/plain" });

  expect(failures).toEqual([]);
  expect(await db.rowCounts()).toEqual(before);
  for (const victim of victims) expect(await emailsTo(victim, since)).toEqual([]);
  // Still healthy, and still serving sessions.
  expect((await sendRaw(server.port, { method: "GET", path: "/api/health" })).body).toBe('{"db":"ok"}');
  expect((await sendRaw(server.port, { method: "GET", path: "/api/auth/session", headers: { cookie: `authjs.session-token=${validSession}` } })).status).toBe(200);
});

test("every server action treats arguments no form sends as an empty form: no 5xx, its own answer", async ({}, testInfo) => {
  testInfo.setTimeout(scaled(120_000));
  const session = await realSessionCookie(uniqueEmail(testInfo, "hostile-actions"));
  const actions = buildServerActions();
  expect(actions.length).toBeGreaterThan(0);
  const cases = malformedActionCases(actions, new URL(server.url).origin, `authjs.session-token=${session}`);

  const before = await db.rowCounts();
  const { verdicts, failures } = await runAll(cases);
  const report = table(verdicts);
  console.log(`\nServer actions (${actions.length}) with malformed arguments:\n${report}\n`);
  await testInfo.attach("server-actions.txt", { body: `${actions.map((action) => `${action.id} ${action.name} on ${action.page}`).join("\n")}\n\n${report}\n\n${failures.join("\n")}`, contentType: "text/plain" });

  expect(failures).toEqual([]);
  // The sign-out actions (which take no arguments) end this session; nothing else changed.
  expect(await db.rowCounts()).toEqual({ ...before, sessions: (before.sessions ?? 0) - 1 });
});

test("email-change links with junk in them are refused on their page: no 5xx, nothing changes", async ({}, testInfo) => {
  const email = uniqueEmail(testInfo, "hostile-email-change");
  const cookie = `authjs.session-token=${await realSessionCookie(email)}`;
  const junk = [
    "",
    "?email=&token=",
    "?email=a%40example.test",
    "?token=x",
    "?email=a%40example.test&email=b%40example.test&token=x&token=y",
    `?email=${"a".repeat(5000)}%40example.test&token=x`,
    "?email=a%0d%0aBcc:%20victim%40example.test&token=x",
    "?email[]=a&token[]=b",
    `?email=${encodeURIComponent(email)}&token=${"x".repeat(10_000)}`,
    `?email=${encodeURIComponent(email)}&token=%27%3B--`,
    "?email=%00&token=%00",
    "?email=%E0%A4%A&token=%ZZ",
  ];
  const before = await db.rowCounts();
  for (const query of junk) {
    const response = await sendRaw(server.port, { method: "GET", path: `/account/email-change${query}`, headers: { cookie } });
    expect(response.status, query).toBeLessThan(500);
    if (response.status === 200) expect(response.body, query).toContain("This link does not work for the account you are signed in to");
  }
  expect(await db.rowCounts()).toEqual(before);
  expect(await db.usersByEmail(email)).toHaveLength(1);
});

test("a callback-URL cookie planted by a sibling site neither breaks nor ends a session, and is cleared", async ({ signedInPage, signedInUser, baseURL }) => {
  const { hostname } = new URL(baseURL!);
  await signedInPage.context().addCookies([{ name: "authjs.callback-url", value: "javascript:alert(1)", domain: hostname, path: "/" }]);
  await signedInPage.goto("/dashboard");
  await expect(signedInPage.getByText(`Signed in as ${signedInUser.email}`)).toBeVisible();
  const session = await signedInPage.request.get("/api/auth/session");
  expect(session.status()).toBe(200);
  expect(((await session.json()) as { user?: { email?: string } }).user?.email).toBe(signedInUser.email);
  // Auth.js may set a callback-URL cookie of its own again (its origin); the planted value is gone.
  const planted = async () => (await signedInPage.context().cookies()).some((cookie) => cookie.name === "authjs.callback-url" && cookie.value.startsWith("javascript"));
  await expect.poll(planted).toBe(false);
});

test("a callback-URL cookie no header can carry, planted on Auth.js's own paths, breaks neither OIDC sign-in nor sign-out", async ({ page, email, db, baseURL }) => {
  const { hostname } = new URL(baseURL!);
  // A longer path is sent first, ahead of Auth.js's own cookie of that name.
  const plant = (path: string, value: string) => page.context().addCookies([{ name: "authjs.callback-url", value, domain: hostname, path }]);
  await plant("/api/auth/callback", "%2F%7F");
  await signInWithOidc(page, email);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  const user = await db.userByEmail(email);
  expect(await db.sessionsOf(user.id)).toHaveLength(1);

  await plant("/api/auth/signout", "%2F%0D%0Ax");
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signOut = await page.request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
  expect(signOut.status()).toBe(302);
  expect(signOut.headers().location).not.toContain("error=");
  expect(await hasSessionCookie(page)).toBe(false);
  expect(await db.sessionsOf(user.id)).toEqual([]);
});
