// `npm run user:role -- <email> <user|admin>`: sets a user's role. Signed-in sessions pick it up
// without signing in again: the next session check reads it (lib/auth/session-token.ts).
// Uses DATABASE_URL when set; otherwise this checkout's embedded database (.data/postgres): the one
// its `npm run dev` runs, found by its data folder and not by a port, which may be another
// checkout's; or, when none runs, started just for this with its migrations applied.
import path from "node:path";
import nextEnv from "@next/env";
import { Role } from "../generated/prisma/enums";
import { recordSecurityEvent } from "../lib/account/security-log";
import { checkMailbox } from "../lib/auth/email-address";
import { devDatabaseSettings, startLocalDatabase } from "../tooling/local-db/local-database";
import { prisma } from "../prisma";

const root = path.resolve(import.meta.dirname, "..");
/** How long the role change may wait to start, and to finish: a one-off command, not a request. */
const TRANSACTION_WAIT_MS = 30_000;
const roles: readonly string[] = Object.values(Role);
const isRole = (value: string | undefined): value is Role => value !== undefined && roles.includes(value);

const [typed, role] = process.argv.slice(2);
if (!typed || !isRole(role)) {
  console.error(`✖ usage: npm run user:role -- <email> <${roles.join("|")}>`);
  process.exit(2);
}
// The address as the app stores it (trimmed, NFC, lower-case), by the rule every sign-in passes.
const mailbox = checkMailbox(typed);
if (!mailbox.ok) {
  console.error(`✖ ${JSON.stringify(typed)} is not an email address the app accepts: ${mailbox.problem}`);
  process.exit(2);
}
const email = mailbox.address;

nextEnv.loadEnvConfig(root, true);
const fail = (error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
};
const dev = devDatabaseSettings(root, process.env);
const ownDatabaseUrl = process.env.DATABASE_URL;
const db = await startLocalDatabase({
  postgres: ownDatabaseUrl ? { url: ownDatabaseUrl } : dev.postgres,
  // A bridge of its own on any free port, for this script alone: `npm run dev`'s keeps serving the app.
  bridge: { port: 0, portSetting: "NEON_BRIDGE_PORT", targets: "database" },
  // Someone else's database is migrated by its own deploy, never by a script that changes a role.
  migrate: ownDatabaseUrl ? false : { runner: "builtin", dir: path.join(root, "prisma", "migrations") },
  reuseRunning: true,
  // Which database it changes, on which port.
  log: (line) => console.log(`▸ ${line}`),
  // startLocalDatabase says in one sentence what is wrong (unreachable host, port in use, a database not this checkout's…).
}).catch(fail);
try {
  // The client connects at first use, after startLocalDatabase has set up the bridge.
  process.env.DATABASE_URL = db.url;
  // The change and its entry in the user's security activity (also shown to admins on /admin), together.
  // Its first statement also opens the script's connection (a fresh bridge, PostgreSQL's handshake),
  // which on a busy machine outlasts Prisma's default 2 s to start a transaction (P2028).
  const changeRole = () =>
    prisma.$transaction(
      async (tx) => {
        const before = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, role: true } });
        if (!before) return [];
        if (before.role !== role) {
          await tx.user.update({ where: { id: before.id }, data: { role } });
          await recordSecurityEvent(tx, { userId: before.id, kind: "role-changed", detail: { from: before.role, to: role } });
        }
        return [before];
      },
      { maxWait: TRANSACTION_WAIT_MS, timeout: TRANSACTION_WAIT_MS },
    );
  const updated = await changeRole().catch((error: unknown) => {
    // P2021: the table does not exist. Only DATABASE_URL can get here: the embedded one is migrated above.
    if ((error as { code?: unknown }).code !== "P2021") throw error;
    return "no tables" as const;
  });
  if (updated === "no tables") {
    console.error("✖ the database in DATABASE_URL has no users table yet: apply the migrations first (`npx prisma migrate deploy`, or deploy the app)");
    process.exitCode = 1;
  } else if (updated[0] === undefined) {
    console.error(`✖ no user with the email ${email}: they must sign in once before they can get a role`);
    process.exitCode = 1;
  } else {
    console.log(`✓ ${updated[0].email} is now ${role}`);
  }
} catch (error) {
  // One line, as every other refusal here; the database started for this script still stops below.
  console.error(`✖ the role was not changed: ${error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error)}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.stop();
}
