// `npm run user:role -- <email> <user|admin>`: sets a user's role. Signed-in sessions pick it up
// within ROLE_REFRESH_SECONDS (lib/role-refresh.ts), without signing in again.
import path from "node:path";
import { openScriptDatabase } from "../lib/script-database";

const ROLES = ["user", "admin"] as const;
type Role = (typeof ROLES)[number];

const [email, role] = process.argv.slice(2);
if (!email || !ROLES.includes(role as Role)) {
  console.error("✖ usage: npm run user:role -- <email> <user|admin>");
  process.exit(2);
}

const db = await openScriptDatabase(path.resolve(import.meta.dirname, ".."));
try {
  // Imported only now: prisma.ts reads DATABASE_URL when it loads.
  const { prisma } = await import("../prisma");
  const updated = await prisma.user.updateMany({ where: { email: email.toLowerCase() }, data: { role: role as Role } });
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
