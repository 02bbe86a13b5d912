// A database's schema as sorted lines (columns, constraints, indexes, enums), so that two databases
// can be compared: what a script built against what the migrations build.
import type { Client } from "@neondatabase/serverless";

const QUERIES = [
  `SELECT 'column', table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, '')
   FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  `SELECT 'constraint', conrelid::regclass::text, conname, pg_get_constraintdef(oid)
   FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"_prisma_migrations"'`,
  `SELECT 'index', tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  `SELECT 'enum', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
   FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
  `SELECT 'table', relname, relkind FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S', 'v', 'm')`,
];

export async function schemaCatalog(client: Client): Promise<string[]> {
  const lines: string[] = [];
  for (const sql of QUERIES) {
    const { rows } = await client.query<Record<string, unknown>>(sql);
    lines.push(...rows.map((row) => Object.values(row).join(" | ")));
  }
  return lines.sort();
}
