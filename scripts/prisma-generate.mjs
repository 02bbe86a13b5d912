// postinstall: generate the Prisma client.
// `prisma generate` only uses Prisma's WebAssembly engines, but the CLI still downloads the
// schema-engine binary first, which fails on offline machines. Pointing PRISMA_SCHEMA_ENGINE_BINARY
// at any existing file skips that download for this one command (never do this for `migrate`).
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
