import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentSession } from "@/lib/auth/session";
import { endSessionAndSignIn } from "../_components/sign-out-actions";
import { SignOutForm } from "../_components/sign-out-form";
import { centredCard } from "../_components/ui";

export const metadata: Metadata = { title: "Session ended" };

// Where a browser lands when its session ended elsewhere: signed out from another device, past its
// idle or maximum age, or its account deleted (lib/auth/session-refresh.ts, lib/auth/session.ts).
// Signing out clears a cookie the edge might otherwise keep trusting until its next check.
export default async function SessionEndedPage() {
  // A live session has not ended (an old tab, a bookmark, a link): its button would sign it out.
  if ((await currentSession())?.user) redirect("/dashboard");
  return (
    <div className={centredCard}>
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">Your session has ended</h1>
        <p className="text-slate-600 dark:text-slate-400">
          You were signed out: from another device, because the session was unused or too old, or because the account was
          deleted. Sign in again to continue.
        </p>
      </div>
      <SignOutForm action={endSessionAndSignIn} label="Sign in again" pendingLabel="Signing out…" align="start" />
    </div>
  );
}
