import Link from "next/link";
import { AdminRoleRecheck } from "./_components/admin-role-recheck";
import { button, centredCard } from "./_components/ui";

// Shown with status 403 wherever forbidden() is called: admin pages for non-admins, and /forbidden
// (where the edge middleware sends them). Next renders it with every page as the 403 boundary's
// fallback, so it reads nothing itself.
export default function Forbidden() {
  return (
    <div className={centredCard}>
      <div className="space-y-3">
        <p className="text-sm font-semibold text-indigo-700 dark:text-indigo-300">403</p>
        <h1 className="text-2xl font-bold tracking-tight">You don't have access</h1>
        <AdminRoleRecheck />
      </div>
      <Link href="/" className={button("primary")}>
        Go home
      </Link>
    </div>
  );
}
