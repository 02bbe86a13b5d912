import path from "node:path";
import { PrismaNeon } from "@prisma/adapter-neon";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaClient } from "../../generated/prisma/client";
import { connect, scratchDatabase } from "../../tooling/vitest/scratch-database";
import { migrate } from "../../tooling/local-db/migrate";
import { configureNeonDriver } from "../db/neon-driver";
import { deletePasskeyUnlessLast, unlinkProviderUnlessLast } from "./sign-in-method-removal";
import type { EnabledMethods } from "./sign-in-methods";

const enabled: EnabledMethods = { oauth: [{ id: "oidc" }, { id: "github" }], email: true, passkey: true };

let db: Awaited<ReturnType<typeof scratchDatabase>>;
let prisma: PrismaClient;

beforeEach(async () => {
  db = await scratchDatabase();
  await migrate(db.url, path.resolve("prisma/migrations"));
  // connect() points the driver at the test run's bridge; the client below then finds it too.
  await (await connect(db.url)).end();
  configureNeonDriver(db.url);
  prisma = new PrismaClient({ adapter: new PrismaNeon({ connectionString: db.url }) });
});
afterEach(async () => {
  await prisma.$disconnect();
  await db.drop();
});

async function user(email: string, ways: { oauth?: string[]; passkeys?: string[] }) {
  const { id } = await prisma.user.create({ data: { email } });
  for (const provider of ways.oauth ?? []) {
    await prisma.account.create({ data: { userId: id, type: "oidc", provider, providerAccountId: `${provider}-${email}` } });
  }
  for (const credentialID of ways.passkeys ?? []) {
    await prisma.account.create({ data: { userId: id, type: "webauthn", provider: "passkey", providerAccountId: credentialID } });
    await prisma.authenticator.create({
      data: {
        userId: id,
        credentialID,
        providerAccountId: credentialID,
        credentialPublicKey: "key",
        counter: 0,
        credentialDeviceType: "singleDevice",
        credentialBackedUp: false,
      },
    });
  }
  return id;
}

/**
 * Runs `removals` at the same time, each stopped at its first write: an outside transaction holds
 * the rows they delete until both are waiting on a lock. Without the lock on the user's row, both
 * would by then have counted the ways to sign in before either removed one.
 */
async function simultaneously<T>(table: "accounts" | "authenticators", userId: string, removals: (() => Promise<T>)[]): Promise<T[]> {
  const blocker = await connect(db.url);
  const watcher = await connect(db.url);
  try {
    await blocker.query("BEGIN");
    await blocker.query(`SELECT 1 FROM ${table} WHERE user_id = $1 FOR UPDATE`, [userId]);
    const outcomes = Promise.all(removals.map((removal) => removal()));
    for (;;) {
      const { rows } = await watcher.query<{ waiting: number }>(
        "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      if (rows[0]?.waiting === removals.length) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await blocker.query("COMMIT");
    return await outcomes;
  } finally {
    await blocker.end();
    await watcher.end();
  }
}

const passkeysOf = async (userId: string) =>
  (await prisma.authenticator.findMany({ where: { userId }, select: { credentialID: true } })).map((row) => row.credentialID);
const accountsOf = async (userId: string) =>
  (await prisma.account.findMany({ where: { userId }, select: { provider: true }, orderBy: { provider: "asc" } })).map((row) => row.provider);

describe("deletePasskeyUnlessLast", () => {
  it("deletes a passkey and its accounts row when another way remains", async () => {
    const id = await user("a@example.test", { oauth: ["oidc"], passkeys: ["key-1"] });

    expect(await deletePasskeyUnlessLast(prisma, enabled, id, "key-1")).toBeUndefined();

    expect(await passkeysOf(id)).toEqual([]);
    expect(await accountsOf(id)).toEqual(["oidc"]);
  });

  it("refuses the last way to sign in and keeps it", async () => {
    const id = await user("a@example.test", { passkeys: ["key-1"] });

    expect(await deletePasskeyUnlessLast(prisma, enabled, id, "key-1")).toMatch(/^This passkey is your only way to sign in\./);

    expect(await passkeysOf(id)).toEqual(["key-1"]);
  });

  it("does nothing with another user's passkey", async () => {
    const owner = await user("owner@example.test", { oauth: ["oidc"], passkeys: ["key-1"] });
    const other = await user("other@example.test", { oauth: ["oidc"], passkeys: ["key-2"] });

    expect(await deletePasskeyUnlessLast(prisma, enabled, other, "key-1")).toBeUndefined();

    expect(await passkeysOf(owner)).toEqual(["key-1"]);
    expect(await accountsOf(owner)).toEqual(["oidc", "passkey"]);
  });

  it("lets only one of two simultaneous deletions of the last two ways through", async () => {
    const id = await user("a@example.test", { passkeys: ["key-1", "key-2"] });

    const outcomes = await simultaneously("authenticators", id, [
      () => deletePasskeyUnlessLast(prisma, enabled, id, "key-1"),
      () => deletePasskeyUnlessLast(prisma, enabled, id, "key-2"),
    ]);

    expect(outcomes.filter((refusal) => refusal === undefined)).toHaveLength(1);
    expect(await passkeysOf(id)).toHaveLength(1);
  });
});

describe("unlinkProviderUnlessLast", () => {
  it("refuses the last way to sign in and keeps it", async () => {
    const id = await user("a@example.test", { oauth: ["oidc"] });

    expect(await unlinkProviderUnlessLast(prisma, enabled, id, "oidc")).toMatch(/^This is your only way to sign in\./);

    expect(await accountsOf(id)).toEqual(["oidc"]);
  });

  it("never unlinks a passkey's accounts row", async () => {
    const id = await user("a@example.test", { oauth: ["oidc"], passkeys: ["key-1"] });

    expect(await unlinkProviderUnlessLast(prisma, enabled, id, "passkey")).toBeUndefined();

    expect(await accountsOf(id)).toEqual(["oidc", "passkey"]);
  });

  it("lets only one of two simultaneous unlinks of the last two ways through", async () => {
    const id = await user("a@example.test", { oauth: ["oidc", "github"] });

    const outcomes = await simultaneously("accounts", id, [
      () => unlinkProviderUnlessLast(prisma, enabled, id, "oidc"),
      () => unlinkProviderUnlessLast(prisma, enabled, id, "github"),
    ]);

    expect(outcomes.filter((refusal) => refusal === undefined)).toHaveLength(1);
    expect(await accountsOf(id)).toHaveLength(1);
  });
});
