import Link from "next/link";
import { AdminRoleRecheck } from "./_components/admin-role-recheck";
import { signOutAndSignIn } from "./_components/sign-out-actions";
import { SignOutForm } from "./_components/sign-out-form";
import { button, centredCard } from "./_components/ui";

// Shown with status 403 wherever forbidden() is called: admin pages for non-admins, and /forbidden
// (where the edge middleware sends them). Next renders it with every page as the 403 boundary's
// fallback, so it reads nothing itself. Its visitors are signed in: the ways on are their own first
// page, or another account that may have the role.
export default function Forbidden() {
  return (
    <div className={centredCard}>
      <div className="space-y-3">
        <p className="text-sm font-semibold text-indigo-700 dark:text-indigo-300">403</p>
        <h1 className="text-2xl font-bold tracking-tight">You don&apos;t have access</h1>
        <AdminRoleRecheck />
      </div>
      <div className="flex flex-wrap items-start gap-3">
        <Link href="/dashboard" className={button("primary")}>
          Back to your dashboard
        </Link>
        <SignOutForm action={signOutAndSignIn} label="Sign in as someone else" pendingLabel="Signing out…" variant="secondary" align="start" />
      </div>
    </div>
  );
}
