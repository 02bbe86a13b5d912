// `npm run user:role -- <email> <user|admin>`: sets a user's role. Signed-in sessions pick it up
// without signing in again (lib/role-refresh.ts).
import path from "node:path";
import { Role } from "../generated/prisma/enums";
import { openScriptDatabase } from "../lib/script-database";
import { prisma } from "../prisma";

const roles: readonly string[] = Object.values(Role);
const isRole = (value: string | undefined): value is Role => value !== undefined && roles.includes(value);

const [email, role] = process.argv.slice(2);
if (!email || !isRole(role)) {
  console.error(`✖ usage: npm run user:role -- <email> <${roles.join("|")}>`);
  process.exit(2);
}

const db = await openScriptDatabase(path.resolve(import.meta.dirname, ".."));
try {
  // The client connects at first use, after openScriptDatabase has set DATABASE_URL.
  const updated = await prisma.user.updateMany({ where: { email: email.toLowerCase() }, data: { role } });
  await prisma.$disconnect();
  if (updated.count === 0) {
    console.error(`✖ no user with the email ${email}: they must sign in once before they can get a role`);
    process.exitCode = 1;
  } else {
    console.log(`✓ ${email} is now ${role}`);
  }
} finally {
  await db.close();
}
