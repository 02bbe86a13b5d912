// A sign-in form is a way to make this server send mail to any address. The limits (per address,
// per client) are decided in Postgres, atomically, before Auth.js makes a token or sends a mail,
// whether the request came through the page or straight at Auth.js's endpoint.
import { randomInt } from "node:crypto";
import fs from "node:fs";
import { Cleanup } from "../tooling/harness/cleanup";
import { scaled } from "../tooling/harness/timeouts";
import { NUMBER_SETTINGS } from "../lib/env/settings";
import { emailsTo } from "../tooling/harness/mailbox";
import { csrfPair, requestEmailAtEndpoint } from "./support/auth-requests";
import { startSecondApp, type SecondApp } from "../tooling/harness/second-app";
import { expect, test, uniqueEmail } from "./fixtures";

const PER_ADDRESS = NUMBER_SETTINGS.EMAIL_LIMIT_PER_ADDRESS.default;
const PARALLEL = 20;

test("twenty parallel sign-ins through the page's form send at most three emails", async ({ page, email, db }) => {
  const since = new Date();
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  // The form's own request, replayed in parallel as a script would.
  const [submitted] = await Promise.all([
    page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"])),
    page.getByRole("button", { name: "Email me a sign-in link" }).click(),
  ]);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const replays = await Promise.all(
    Array.from({ length: PARALLEL - 1 }, () =>
      page.request.fetch(submitted.url(), { method: "POST", headers: submitted.headers(), data: submitted.postDataBuffer() ?? undefined }),
    ),
  );
  expect(replays.every((response) => response.status() < 500)).toBe(true);
  expect((await emailsTo(email, since)).length).toBe(PER_ADDRESS);
  expect(await db.verificationTokens(email)).toHaveLength(PER_ADDRESS);

  // The next one, through the page: a sentence next to the field, and the address stays typed.
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Several sign-in links were already sent to this address")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  await expect(page).toHaveURL((url) => url.pathname === "/signin");
});

test("'Check your email' names the address, resends through the same limits, and a crafted link names nothing", async ({ page, email }) => {
  const since = new Date();
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText(`We sent a sign-in link to ${email}.`)).toBeVisible();
  const resend = page.getByRole("button", { name: "Resend the link" });
  for (let sent = 2; sent <= PER_ADDRESS; sent++) {
    await resend.click();
    await expect(page.getByRole("status").filter({ hasText: "Sent again." })).toBeVisible();
    await expect.poll(async () => (await emailsTo(email, since)).length).toBe(sent);
  }
  // The first send's limit, not a second path around it.
  await resend.click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Several sign-in links were already sent to this address");
  expect((await emailsTo(email, since)).length).toBe(PER_ADDRESS);
  const another = page.getByRole("link", { name: "Use another address" });
  await expect(another).toHaveAttribute("href", /^\/signin\?callbackUrl=/);

  // The address comes only from the server's own token: altered, made up or in the clear, none is named.
  const token = new URL(page.url()).searchParams.get("sent") ?? "";
  expect(token).not.toContain(email.split("@")[0]);
  const altered = `${token.slice(0, -6)}${token.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`;
  for (const query of [`sent=${altered}`, "sent=x", `email=${encodeURIComponent("attacker@example.com")}`, `sent=<b>attacker@example.com</b>`]) {
    await page.goto(`/verify-request?${query}`);
    await expect(page.getByText("We sent you a sign-in link.")).toBeVisible();
    await expect(page.getByText("attacker@example.com")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Resend the link" })).toHaveCount(0);
  }
});

test("twenty parallel requests at Auth.js's endpoint: three sent, seventeen answered 429 with Retry-After", async ({ baseURL, email, db }) => {
  const since = new Date();
  const csrf = await csrfPair(baseURL!);
  const responses = await Promise.all(Array.from({ length: PARALLEL }, () => requestEmailAtEndpoint(baseURL!, email, { csrf })));
  const statuses = responses.map((response) => response.status).sort();
  expect(statuses).toEqual([...Array(PER_ADDRESS).fill(302), ...Array(PARALLEL - PER_ADDRESS).fill(429)].sort());
  const refused = responses.find((response) => response.status === 429)!;
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
  expect(await refused.json()).toMatchObject({ error: "rate_limited" });
  expect((await emailsTo(email, since)).length).toBe(PER_ADDRESS);
  expect(await db.verificationTokens(email)).toHaveLength(PER_ADDRESS);
});

test("sub-addresses of one inbox share its limit: plus+0 … plus+9 get three emails, each to the address asked for", async ({ baseURL }, testInfo) => {
  const since = new Date();
  const [local, domain] = uniqueEmail(testInfo, "plus").split("@");
  const variants = Array.from({ length: 10 }, (_, i) => `${local}+${i}@${domain}`);
  const csrf = await csrfPair(baseURL!);
  const statuses = [];
  for (const variant of variants) statuses.push((await requestEmailAtEndpoint(baseURL!, variant, { csrf })).status);
  expect(statuses).toEqual([...Array(PER_ADDRESS).fill(302), ...Array(variants.length - PER_ADDRESS).fill(429)]);
  const delivered = await Promise.all(variants.map((variant) => emailsTo(variant, since)));
  expect(delivered.map((mails) => mails.length)).toEqual([...Array(PER_ADDRESS).fill(1), ...Array(variants.length - PER_ADDRESS).fill(0)]);
  expect(await emailsTo(`${local}@${domain}`, since)).toEqual([]);
});

test("a comma, a display name or a header break never reaches the mailer", async ({ page, baseURL }, testInfo) => {
  const since = new Date();
  const victim = uniqueEmail(testInfo, "victim");
  const tricks = [
    ...Array.from({ length: 8 }, (_, i) => `k${i},${victim}`),
    `Attacker <${victim}>`,
    `friends: ${victim};`,
    `me@example.test\r\nBcc: ${victim}`,
    `"${victim}"@example.test`,
    `${victim.replace("@", "\uff20")}`,
  ];
  const csrf = await csrfPair(baseURL!);
  for (const trick of tricks) {
    const response = await requestEmailAtEndpoint(baseURL!, trick, { csrf });
    expect(response.status, trick).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_email" });
  }
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(`k0,${victim}`);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  expect(await emailsTo(victim, since)).toEqual([]);
});

test.describe("one client asking for many addresses", () => {
  const PER_CLIENT = 3;
  const cleanup = new Cleanup();
  let server: SecondApp;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(scaled(90_000));
    // Behind a proxy that appends the client's address to X-Forwarded-For, declared as such.
    server = await startSecondApp({ name: "client-limit", env: { EMAIL_LIMIT_PER_CLIENT: String(PER_CLIENT), CLIENT_IP_HEADER: "x-forwarded-for" }, cleanup });
  });
  test.afterAll(() => cleanup.run());

  test("is refused with 429 past its limit, whatever it writes before the proxy's entry; other clients are not", async ({}, testInfo) => {
    // Addresses of the documentation range, new for every run (a retry must not find the last one's count).
    const client = `203.0.113.${randomInt(1, 127)}`;
    const otherClient = `203.0.113.${randomInt(128, 255)}`;
    const addresses = Array.from({ length: PER_CLIENT + 2 }, (_, i) => uniqueEmail(testInfo, `spray${i}`));
    const address = (i: number) => addresses[i]!;
    for (let i = 0; i < PER_CLIENT; i += 1) {
      expect((await requestEmailAtEndpoint(server.url, address(i), { headers: { "x-forwarded-for": client } })).status).toBe(302);
    }
    // A forged list: the proxy's own entry, the last, still names the client.
    const over = await requestEmailAtEndpoint(server.url, address(PER_CLIENT), { headers: { "x-forwarded-for": `198.51.100.1, ${client}` } });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await over.json()).toMatchObject({ error: "rate_limited", message: expect.stringMatching(/^Too many sign-in emails were asked for recently\. Try again in /) });
    // Nothing was sent for the refused request.
    expect(await emailsTo(address(PER_CLIENT), new Date(0))).toEqual([]);
    // And the server logged the refusal as one line, not as an error with its stack.
    await expect.poll(() => fs.readFileSync(server.logFile, "utf8")).toContain("[auth][refused] AccessDenied");
    expect(fs.readFileSync(server.logFile, "utf8")).not.toContain("[auth][error]");

    const other = await requestEmailAtEndpoint(server.url, address(PER_CLIENT + 1), { headers: { "x-forwarded-for": otherClient } });
    expect(other.status).toBe(302);
  });
});
