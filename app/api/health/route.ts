// For uptime checks and load balancers: is the app up, and does the database answer in time?
// Says nothing else: no host names, no error messages.
import { databaseAnswers } from "@/lib/db/database-probe";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export async function GET() {
  if (await databaseAnswers()) return Response.json({ db: "ok" }, { headers: noStore });
  return Response.json({ db: "unreachable" }, { status: 503, headers: noStore });
}
