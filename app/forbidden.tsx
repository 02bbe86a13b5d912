import Link from "next/link";
import { roleInDatabase } from "@/lib/admin/require-admin";
import { currentSession } from "@/lib/auth/session";
import { ReloadWithNewRole } from "./_components/reload-with-new-role";
import { button, centredCard } from "./_components/ui";

// Shown with status 403 wherever forbidden() is called: admin pages for non-admins, and /forbidden
// (where the edge middleware sends them).
export default async function Forbidden() {
  // The edge decided from the role in the cookie, which may predate a promotion by up to one
  // refresh interval: the database has the last word here, read once per 403.
  const userId = (await currentSession())?.user.id;
  const promoted = userId !== undefined && (await roleInDatabase(userId)) === "admin";
  return (
    <div className={centredCard}>
      <div className="space-y-3">
        <p className="text-sm font-semibold text-indigo-700">403</p>
        <h1 className="text-2xl font-bold tracking-tight">You don't have access</h1>
        {promoted ? (
          <ReloadWithNewRole />
        ) : (
          <p className="text-slate-600">This page needs an admin role, and your account doesn't have it.</p>
        )}
      </div>
      <Link href="/" className={button("primary")}>
        Go home
      </Link>
    </div>
  );
}
