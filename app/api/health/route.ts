// For uptime checks and load balancers: is the app up, and does the database answer in time?
// Says nothing else: no host names, no error messages.
import { withTimeout } from "@/lib/db/with-timeout";
import { setting } from "@/lib/env/settings";
import { prisma } from "@/prisma";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export async function GET() {
  try {
    // Loading Prisma's query compiler is the server warming up, not the database being slow: on a
    // cold or busy server it alone took seconds, so it is left out of the timed part.
    await prisma.$connect();
    await withTimeout(prisma.$queryRaw`SELECT 1`, setting("HEALTH_DB_TIMEOUT_SECONDS") * 1000);
    return Response.json({ db: "ok" }, { headers: noStore });
  } catch {
    return Response.json({ db: "unreachable" }, { status: 503, headers: noStore });
  }
}
