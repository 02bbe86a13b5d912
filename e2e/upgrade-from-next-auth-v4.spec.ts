// After prisma/upgrade/from-next-auth-v4.sql and the later migrations, a user of the old database
// signs in to this app by magic link and is the same user, with the id they had.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Client } from "@neondatabase/serverless";
import { configureNeonDriver } from "../lib/db/neon-driver";
import { migrate, seedLegacyDatabase } from "../tooling/harness/tools";
import { Cleanup } from "../tooling/harness/cleanup";
import { runState } from "../tooling/harness/run-env";
import { startSecondApp, type SecondApp } from "../tooling/harness/second-app";
import { scaled } from "../tooling/harness/timeouts";
import { expect, signInWithEmail, test } from "./fixtures";

test.describe.configure({ mode: "serial" });
const cleanup = new Cleanup();
let app: SecondApp;

async function connected(url: string): Promise<Client> {
  configureNeonDriver(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(scaled(120_000));
  const { databaseUrl, bridgePort } = runState();
  // The driver (here and in migrate()) reaches the suite's PostgreSQL through the suite's bridge.
  process.env.NEON_BRIDGE_PORT = String(bridgePort);
  const name = `v4_${randomUUID().replaceAll("-", "")}`;
  const admin = await connected(databaseUrl);
  await admin.query(`CREATE DATABASE ${name}`);
  cleanup.add("the upgraded database", async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;

  const legacy = await connected(url.toString());
  try {
    await seedLegacyDatabase(legacy, 10);
    // Kept by the old app as typed, padded and mixed-case: this app looks addresses up trimmed and lower-cased.
    await legacy.query(`UPDATE users SET email = E' Person.4@Example.COM\\t' WHERE id = 4`);
    await legacy.query(fs.readFileSync(path.resolve("prisma/upgrade/from-next-auth-v4.sql"), "utf8"));
  } finally {
    await legacy.end();
  }
  await migrate(url.toString(), path.resolve("prisma/migrations"));
  app = await startSecondApp({ name: "upgraded", env: { DATABASE_URL: url.toString() }, cleanup });
});
test.afterAll(() => cleanup.run());

test("a user of the upgraded database signs in by email as themselves", async ({ browser }) => {
  // Every localhost port shares one cookie jar: this context only ever talks to the second server.
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();
  // Stored as Person.3@Example.COM by the old app; typed however the person likes.
  await signInWithEmail(page, "person.3@EXAMPLE.com");

  const me = await context.request.get("/api/me");
  expect(me.status()).toBe(200);
  expect(await me.json()).toEqual({ id: "3", email: "person.3@example.com", name: "Person 3", role: "user" });
  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Devices" }).getByRole("listitem")).toHaveCount(1);
  await context.close();
});

test("a user whose old address was stored with spaces signs in as themselves, not as a new user", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: app.url });
  await signInWithEmail(await context.newPage(), "person.4@example.com");
  expect(await (await context.request.get("/api/me")).json()).toMatchObject({ id: "4", email: "person.4@example.com" });
  await context.close();
});
