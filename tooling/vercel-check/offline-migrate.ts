// The last step of the offline Vercel build (build-command.ts): applies prisma/migrations to the
// throwaway database with the project's own runner, where Vercel runs `prisma migrate deploy`.
// Run by `npm run check:vercel` in its scratch copy only; the database URL comes from the build's
// environment (.vercel/.env.production.local), as Prisma's would (prisma.config.ts).
import path from "node:path";
import { migrate } from "../local-db/migrate";

const url = process.env.DATABASE_URL_UNPOOLED || process.env.DATABASE_URL;
if (!url) {
  console.error("✖ DATABASE_URL is not set: the offline build's migrations need the throwaway database");
  process.exit(1);
}
const applied = await migrate(url, path.resolve("prisma/migrations"));
console.log(`✓ migrations applied with the built-in runner (in place of prisma migrate deploy): ${applied.join(", ") || "none pending"}`);
