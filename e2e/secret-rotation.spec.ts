// Rotating AUTH_SECRET without signing anyone out, as the README describes it: three servers from
// the same build and database. The suite's own server has the old secret only; "rotating" has the
// new one in AUTH_SECRET_1 beside the old AUTH_SECRET; "rotated" has the new one only.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { Cleanup } from "../tooling/harness/cleanup";
import { appUrl, runState } from "../tooling/harness/run-env";
import { startSecondApp, type SecondApp } from "../tooling/harness/second-app";
import { scaled } from "../tooling/harness/timeouts";
import { uniqueEmail } from "./support/emails";
import { browse, cookieHeader, signInOverHttp } from "../tooling/harness/http-sign-in";

test.describe.configure({ mode: "serial" });
const cleanup = new Cleanup();
const newSecret = randomBytes(32).toString("base64url");
let rotating: SecondApp;
let rotated: SecondApp;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(scaled(120_000));
  [rotating, rotated] = await Promise.all([
    startSecondApp({ name: "rotating", env: { AUTH_SECRET: runState().authSecret, AUTH_SECRET_1: newSecret }, cleanup }),
    startSecondApp({ name: "rotated", env: { AUTH_SECRET: newSecret }, cleanup }),
  ]);
});
test.afterAll(() => cleanup.run());

/** Who `cookies` sign in as on the server at `url`, or its status when nobody. */
async function me(url: string, cookies: string[]): Promise<string | number> {
  const { response } = await browse(url, "/api/me", cookies);
  return response.ok ? ((await response.json()) as { email: string }).email : response.status;
}

test("a session signed with the old secret stays valid while the new one is added, and moves to the new one", async ({}, testInfo) => {
  const email = uniqueEmail(testInfo);
  const oldCookie = await signInOverHttp({ appUrl: appUrl(), email });
  expect(await me(appUrl(), oldCookie)).toBe(email);
  // Only a server that knows the old secret can read it.
  expect(await me(rotating.url, oldCookie)).toBe(email);
  expect(await me(rotated.url, oldCookie)).toBe(401);

  // Any answer of the rotating server re-issues the cookie, encrypted with the new secret.
  const renewed = await fetch(`${rotating.url}/api/auth/session`, { headers: { cookie: cookieHeader(oldCookie) } });
  expect(((await renewed.json()) as { user: { email: string } }).user.email).toBe(email);
  const newCookie = [...oldCookie, ...renewed.headers.getSetCookie()];
  expect(await me(rotated.url, newCookie)).toBe(email);
  expect(await me(appUrl(), newCookie)).toBe(401);
});

test("a sign-in during the rotation gets a cookie of the new secret", async ({}, testInfo) => {
  const email = uniqueEmail(testInfo);
  const cookie = await signInOverHttp({ appUrl: rotating.url, email });
  expect(await me(rotating.url, cookie)).toBe(email);
  expect(await me(rotated.url, cookie)).toBe(email);
  expect(await me(appUrl(), cookie)).toBe(401);
});
