// On a real deployment the site is served over HTTPS, and Auth.js then prefixes and secures its
// cookies. The suite's own server is plain http://localhost, so this spec starts a second server
// from the same build that believes it is https (AUTH_URL), and signs in over plain HTTP requests
// to read the Set-Cookie headers a browser would get.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { Cleanup } from "./harness/cleanup";
import { startApp } from "./harness/next-app";
import { freePort, OIDC_PROVIDER_NAME, ports, runState } from "./harness/run-env";
import { uniqueEmail } from "./support/emails";
import { signInOverHttp } from "./support/http-sign-in";

const cleanup = new Cleanup();
let plainUrl = "";
let httpsUrl = "";

test.beforeAll(async ({}, testInfo) => {
  const port = await freePort();
  plainUrl = `http://localhost:${port}`;
  httpsUrl = `https://localhost:${port}`;
  const { databaseUrl, stateDir } = runState();
  const logDir = path.join(stateDir, "secure-cookies");
  fs.mkdirSync(logDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_URL: httpsUrl,
    DATABASE_URL: databaseUrl,
    NEON_BRIDGE_PORT: String(ports().bridge),
    EMAIL_SERVER: `smtp://127.0.0.1:${ports().smtp}`,
    EMAIL_FROM: "E2E <no-reply@example.test>",
    // The provider list must match the main server's for startApp's readiness check.
    AUTH_OIDC_ISSUER: `http://localhost:${ports().oidc}`,
    AUTH_OIDC_ID: "unused",
    AUTH_OIDC_SECRET: "unused",
    AUTH_OIDC_NAME: OIDC_PROVIDER_NAME,
  };
  testInfo.setTimeout(90_000);
  await startApp({ projectDir: process.cwd(), logDir, env, port, url: plainUrl, cleanup });
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
