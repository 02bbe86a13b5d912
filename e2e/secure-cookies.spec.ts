// On a real deployment the site is served over HTTPS, and Auth.js then prefixes and secures its
// cookies. The suite's own server is plain http://localhost, so this spec starts a second server
// from the same build that believes it is https (AUTH_URL), and signs in over plain HTTP requests
// to read the Set-Cookie headers a browser would get.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { Cleanup } from "../tooling/harness/cleanup";
import { startSecondApp } from "../tooling/harness/second-app";
import { scaled } from "../tooling/harness/timeouts";
import { uniqueEmail } from "./support/emails";
import { signInOverHttp } from "../tooling/harness/http-sign-in";

const cleanup = new Cleanup();
let plainUrl = "";
let httpsUrl = "";

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(scaled(90_000));
  const app = await startSecondApp({
    name: "secure-cookies",
    env: { AUTH_SECRET: randomBytes(32).toString("base64url") },
    publicUrl: (port) => `https://localhost:${port}`,
    cleanup,
  });
  plainUrl = app.url;
  httpsUrl = `https://localhost:${app.port}`;
});

test.afterAll(() => cleanup.run());

test("served over HTTPS, Auth.js's cookies are __Secure-/__Host- prefixed, Secure, HttpOnly and SameSite=Lax", async ({}, testInfo) => {
  // The links name the https origin; this server itself speaks plain HTTP.
  const seen = await signInOverHttp({ appUrl: plainUrl, linkOrigin: httpsUrl, email: uniqueEmail(testInfo), callbackUrl: `${httpsUrl}/dashboard` });

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
