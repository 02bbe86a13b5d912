// Sign-out revokes: the session's row is deleted, so every copy of the cookie stops working within
// the bound. When the row cannot be deleted (the database does not answer), nothing is signed out:
// the browser keeps its cookie and the person is told to try again, rather than leaving believing a
// copied cookie dead. Auth.js emits its signOut event after it has decided to clear the cookie, and
// swallows the event's errors (@auth/core/lib/actions/signout.js), so:
// - signOut() from auth.ts (server actions) deletes the row first, and fails before any cookie changes;
// - POST /api/auth/signout deletes it from the event, once Auth.js has checked the CSRF token, and
//   the route handler learns of a failure through reportingRevocation() and answers in Auth.js's stead.
import { AsyncLocalStorage } from "node:async_hooks";
import type { JWT } from "next-auth/jwt";
import { prisma } from "@/prisma";
import { endSession } from "./session-store";

/** Filled in while Auth.js signs out: why the session's row could not be deleted, if it could not. */
export type RevocationReport = { failure?: unknown };

const reports = new AsyncLocalStorage<RevocationReport>();

/** Deletes the token's session row (by its session token, `sid`); throws when it cannot, and reports it to reportingRevocation(). */
export async function revokeSession(token: Pick<JWT, "sid"> | null | undefined): Promise<void> {
  if (!token?.sid) return;
  try {
    await endSession(prisma, token.sid);
  } catch (error) {
    const report = reports.getStore();
    if (report) report.failure = error;
    throw error;
  }
}

/** Runs `signOutCall` with `report` receiving a failure to revoke the session, if any. */
export const reportingRevocation = <T>(report: RevocationReport, signOutCall: () => Promise<T>): Promise<T> => reports.run(report, signOutCall);
