// Against a real embedded PostgreSQL started with the statistics on, like the benchmark's own.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "@neondatabase/serverless";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureNeonDriver } from "../../lib/db/neon-driver";
import { startLocalDatabase, type LocalDatabase } from "../local-db/local-database";
import { freePorts } from "../local-db/ports";
import { difference, openStatementCounter, STATEMENT_STATS_SETTINGS, statementStatsProblem, type StatementCounter } from "./statement-counter";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-counter-"));
let db: LocalDatabase;
let counter: StatementCounter;
let app: Client;

beforeAll(async () => {
  fs.chmodSync(dir, 0o755); // PostgreSQL runs as another user when we are root.
  const [pgPort = 0, bridgePort = 0] = await freePorts(2);
  db = await startLocalDatabase({
    postgres: { dataDir: path.join(dir, "pg"), port: pgPort, database: "app", portSetting: "the test's port", settings: STATEMENT_STATS_SETTINGS },
    bridge: { port: bridgePort, portSetting: "the test's bridge port", targets: "database" },
    migrate: false,
  });
  counter = await openStatementCounter(db.adminUrl ?? "", "app");
  configureNeonDriver(db.url);
  app = new Client({ connectionString: db.url });
  await app.connect();
  await app.query("CREATE TABLE things (id int)");
});

afterAll(async () => {
  await app?.end();
  await counter?.close();
  await db?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the statement counter", () => {
  it("finds pg_stat_statements in this platform's embedded PostgreSQL", () => {
    expect(statementStatsProblem()).toBeUndefined();
  });

  it("counts every statement the app's database ran, by kind, transactions included", async () => {
    const { result, statements } = await counter.count(async () => {
      await app.query("SELECT 1");
      await app.query("BEGIN");
      await app.query("INSERT INTO things VALUES ($1)", [1]);
      await app.query("INSERT INTO things VALUES ($1)", [2]);
      await app.query("COMMIT");
      return "done";
    });
    expect(result).toBe("done");
    expect(statements.total).toBe(5);
    expect(statements.byKind).toEqual({ SELECT: 1, BEGIN: 1, INSERT: 2, COMMIT: 1 });
    // PostgreSQL folds both INSERTs into one normalised statement.
    expect(statements.byQuery).toContainEqual({ query: "INSERT INTO things VALUES ($1)", calls: 2 });
  });

  it("counts nothing when the app's database was not used, the counter's own queries included", async () => {
    const { statements } = await counter.count(async () => {
      const other = new Client({ connectionString: db.adminUrl ?? "" });
      await other.connect();
      await other.query("SELECT 1");
      await other.end();
    });
    expect(statements).toEqual({ total: 0, byKind: {}, byQuery: [] });
  });

  it("subtracts per kind and leaves out kinds that did not run", () => {
    const select = "SELECT id FROM users WHERE email = $1";
    const before = new Map([["1", { query: select, calls: 3 }], ["2", { query: "INSERT INTO t VALUES ($1)", calls: 1 }]]);
    const after = new Map([...before, ["1", { query: select, calls: 5 }], ["3", { query: "\n  UPDATE t\n  SET x = $1", calls: 2 }]]);
    expect(difference(before, after)).toEqual({
      total: 4,
      byKind: { SELECT: 2, UPDATE: 2 },
      byQuery: [{ query: select, calls: 2 }, { query: "UPDATE t SET x = $1", calls: 2 }],
    });
  });
});
