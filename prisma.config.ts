// Configuration for the Prisma CLI (generate, migrate). The app itself connects in prisma.ts.
import { loadEnvConfig } from "@next/env";
import { defineConfig } from "prisma/config";

// Same .env files, same precedence as Next.js.
loadEnvConfig(process.cwd());

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // Migrations need a direct connection: Neon's Vercel integration sets DATABASE_URL_UNPOOLED
    // beside the pooled DATABASE_URL.
    url: process.env.DATABASE_URL_UNPOOLED || process.env.DATABASE_URL || "",
  },
});
