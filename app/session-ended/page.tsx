import type { Metadata } from "next";
import { signOut } from "@/auth";
import { SignOutForm } from "../_components/sign-out-form";
import { centredCard } from "../_components/ui";

export const metadata: Metadata = { title: "Session ended" };

async function endSessionAndSignIn() {
  "use server";
  await signOut({ redirectTo: "/signin" });
}

// Where protected pages send a browser whose session cookie belongs to an account that no longer
// exists: signing out clears the cookie, which the edge would otherwise keep trusting.
export default function SessionEndedPage() {
  return (
    <div className={centredCard}>
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">Your session has ended</h1>
        <p className="text-slate-600">The account it belonged to no longer exists. Sign in again to continue.</p>
      </div>
      <SignOutForm action={endSessionAndSignIn} label="Sign in again" pendingLabel="Signing out…" />
    </div>
  );
}
