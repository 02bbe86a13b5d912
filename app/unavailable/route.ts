// Where pages send visitors while the database does not answer (lib/db/when-unavailable.ts):
// 503 with a way back, or straight back to the page once the database answers again.
import type { NextRequest } from "next/server";
import { sameOriginPath } from "@/lib/auth/safe-callback-url";
import { databaseAnswers } from "@/lib/db/database-probe";
import { RETRY_AFTER_SECONDS } from "@/lib/db/when-unavailable";
import { originsOf } from "@/lib/request/request-origin";
import { seeOther } from "@/lib/request/see-other";
import { unavailableHtml } from "./unavailable-html";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  // The way back comes from the query string: only a path on this site.
  const back = sameOriginPath(request.nextUrl.searchParams.get("from"), originsOf(request.headers)) ?? "/";
  if (await databaseAnswers()) return seeOther(back);
  return new Response(unavailableHtml(back, RETRY_AFTER_SECONDS), {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
  });
}
