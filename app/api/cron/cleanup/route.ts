// The scheduled cleanup (lib/auth/cleanup.ts), for Vercel Cron (vercel.json: daily) or any scheduler
// that sends `Authorization: Bearer $CRON_SECRET`. Anything else gets 401 and deletes nothing,
// also when CRON_SECRET is not set; a database that does not answer gets 503.
import { deleteExpiredRows } from "@/lib/auth/cleanup";
import { jsonUnlessUnavailable } from "@/lib/db/when-unavailable";
import { cronSecret } from "@/lib/env/settings";
import { hasBearerSecret } from "@/lib/request/bearer-secret";
import { prisma } from "@/prisma";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export const GET = jsonUnlessUnavailable(async (request: Request) => {
  if (!hasBearerSecret(request, cronSecret())) {
    return Response.json({ error: "unauthorized" }, { status: 401, headers: { ...noStore, "WWW-Authenticate": "Bearer" } });
  }
  const deleted = await deleteExpiredRows(prisma, new Date());
  console.info("cleanup: deleted", deleted);
  return Response.json({ deleted }, { headers: noStore });
});
