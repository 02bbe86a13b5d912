// For uptime checks and load balancers: is the app up, and does the database answer in time?
// Says nothing else: no host names, no error messages.
import { withTimeout } from "@/lib/db/with-timeout";
import { prisma } from "@/prisma";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 3_000;

export async function GET() {
  try {
    await withTimeout(prisma.$queryRaw`SELECT 1`, TIMEOUT_MS);
    return Response.json({ db: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ db: "unreachable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
