// On a real deployment the site is served over HTTPS, and Auth.js then prefixes and secures its
// cookies. The suite's own server is plain http://localhost, so this spec starts a second server
// from the same build that believes it is https (AUTH_URL), and signs in over plain HTTP requests
// to read the Set-Cookie headers a browser would get.
import { expect, test } from "@playwright/test";
import { Cleanup } from "./harness/cleanup";
import { freePort } from "./harness/run-env";
import { scaled } from "./harness/timeouts";
import { uniqueEmail } from "./support/emails";
import { lastEmailTo, magicLinkIn } from "./support/mailbox";
import { startOwnServer } from "./support/own-server";

const cleanup = new Cleanup();
let plainUrl = "";
let httpsUrl = "";

test.beforeAll(async ({}, testInfo) => {
  const port = await freePort();
  plainUrl = `http://localhost:${port}`;
  httpsUrl = `https://localhost:${port}`;
  testInfo.setTimeout(scaled(90_000));
  await startOwnServer({ name: "secure-cookies", port, env: { AUTH_URL: httpsUrl }, cleanup });
});

test.afterAll(() => cleanup.run());

/** The cookies a browser would now send, from the Set-Cookie headers seen so far. */
const cookieHeader = (setCookies: string[]) => setCookies.map((cookie) => cookie.split(";")[0]).join("; ");

test("served over HTTPS, Auth.js's cookies are __Secure-/__Host- prefixed, Secure, HttpOnly and SameSite=Lax", async ({}, testInfo) => {
  const email = uniqueEmail(testInfo);
  const seen: string[] = [];

  const csrf = await fetch(`${plainUrl}/api/auth/csrf`);
  seen.push(...csrf.headers.getSetCookie());
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };

  const since = new Date();
  const signIn = await fetch(`${plainUrl}/api/auth/signin/nodemailer`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(seen) },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: `${httpsUrl}/dashboard` }),
  });
  expect(signIn.status).toBe(302);
  seen.push(...signIn.headers.getSetCookie());

  // The link names the https origin; this server itself speaks plain HTTP.
  const link = magicLinkIn(await lastEmailTo(email, { since })).replace(httpsUrl, plainUrl);
  const callback = await fetch(link, { redirect: "manual", headers: { cookie: cookieHeader(seen) } });
  expect(callback.status).toBe(302);
  seen.push(...callback.headers.getSetCookie());

  const byName = (name: string) => seen.find((cookie) => cookie.startsWith(`${name}=`)) ?? `(no ${name} cookie)`;
  const session = byName("__Secure-authjs.session-token");
  expect(session).toMatch(/; HttpOnly/i);
  expect(session).toMatch(/; Secure/i);
  expect(session).toMatch(/; SameSite=Lax/i);
  expect(session).toMatch(/; Path=\//i);
  expect(byName("__Host-authjs.csrf-token")).toMatch(/; Secure/i);
  expect(byName("__Host-authjs.csrf-token")).toMatch(/; HttpOnly/i);
  expect(byName("__Secure-authjs.callback-url")).toMatch(/; Secure/i);
  // Nothing unprefixed was set: no cookie a plain-HTTP page on the same host could overwrite.
  expect(seen.filter((cookie) => cookie.startsWith("authjs."))).toEqual([]);
});
