import { auth, handlers } from "@/auth";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { unavailablePageFor } from "@/lib/db/when-unavailable";
import { guardAuthRoute } from "@/lib/auth/auth-route";
import { isPasskeySignup } from "@/lib/auth/passkey-signup-guard";
import { reportingRevocation, type RevocationReport } from "@/lib/auth/sign-out";
import { seeOther } from "@/lib/request/see-other";

export const GET = guardAuthRoute(async (request) => {
  if (isPasskeySignup(request.nextUrl) && !(await auth())) {
    return Response.json({ error: "Sign in first, then add a passkey from your account page." }, { status: 403 });
  }
  return handlers.GET(request);
});

export const POST = guardAuthRoute(async (request) => {
  const report: RevocationReport = {};
  const response = await reportingRevocation(report, () => handlers.POST(request));
  if (report.failure === undefined) return response;
  // A sign-out whose session row could not be deleted signs nothing out: Auth.js's answer, which
  // clears the cookie, is not sent (lib/auth/sign-out.ts).
  if (!isDatabaseUnavailable(report.failure)) throw report.failure;
  return seeOther(unavailablePageFor("/"));
});
