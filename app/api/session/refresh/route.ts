import type { NextRequest } from "next/server";
import { refreshedSessionResponse } from "@/lib/auth/session-refresh";

// Reached through the edge's redirect of any request whose session is due (lib/edge/session-check.ts),
// whatever its method.
const handler = (request: NextRequest) => refreshedSessionResponse(request);

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE, handler as HEAD, handler as OPTIONS };
