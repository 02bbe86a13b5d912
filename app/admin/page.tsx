import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { formatDate } from "@/app/_components/format-date";
import { newestUsers } from "@/lib/admin/newest-users";
import { lastRoleChanges } from "@/lib/admin/role-changes";
import { adminSession } from "@/lib/admin/require-admin";
import { pageData } from "@/lib/db/when-unavailable";
import { SETUP_TWO_FACTOR_PAGE, adminNeedsTwoFactor } from "@/lib/two-factor/admin-requirement";
import { prisma } from "@/prisma";

export const metadata: Metadata = { title: "Admin" };

// On a phone a row of five columns does not fit: each row becomes a small card (the email on its
// own line, the other columns under it, each with its column's name above the value, as the table
// head would say it), so nothing is cut off or scrolls sideways.
const cell = "px-4 py-3 max-sm:p-0";
const PhoneLabel = ({ children }: { children: string }) => <span className="block text-xs text-slate-500 dark:text-slate-400 sm:hidden">{children}</span>;

export default async function AdminPage() {
  const session = await adminSession();
  if (!session) forbidden();
  if (await pageData("/admin", () => adminNeedsTwoFactor(prisma, session.user.id))) redirect(SETUP_TWO_FACTOR_PAGE);
  const [users, roleChanged] = await pageData("/admin", async () => {
    const listed = await newestUsers();
    return [listed, await lastRoleChanges(prisma, listed.map((user) => user.id))] as const;
  });

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Admin</h1>
        <p className="text-slate-600 dark:text-slate-400">
          {users.length === 1 ? "The newest user." : `The newest ${users.length} users.`} Change a role with{" "}
          <code className="text-sm break-words">npm run user:role -- &lt;email&gt; admin</code>.
        </p>
      </div>
      <section aria-labelledby="users" className="overflow-hidden rounded-2xl border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 shadow-sm">
        <h2 id="users" className="sr-only">
          Users
        </h2>
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 dark:border-slate-800 text-slate-500 dark:text-slate-400 max-sm:sr-only">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">Email</th>
              <th scope="col" className="px-4 py-3 font-medium">Name</th>
              <th scope="col" className="px-4 py-3 font-medium">Role</th>
              <th scope="col" className="px-4 py-3 font-medium">Role changed</th>
              <th scope="col" className="px-4 py-3 font-medium">Joined</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {users.map((user) => (
              <tr key={user.id} className="max-sm:grid max-sm:grid-cols-2 max-sm:gap-x-4 max-sm:gap-y-1 max-sm:px-4 max-sm:py-3">
                <td className={`${cell} font-medium break-all max-sm:col-span-2`}>{user.email}</td>
                <td className={`${cell} break-words max-sm:col-span-2`}>
                  <PhoneLabel>Name</PhoneLabel>
                  {user.name ?? "—"}
                </td>
                <td className={cell}>
                  <PhoneLabel>Role</PhoneLabel>
                  {user.role}
                </td>
                <td className={`${cell} whitespace-nowrap`}>
                  <PhoneLabel>Role changed</PhoneLabel>
                  {roleChanged.has(user.id) ? <time dateTime={roleChanged.get(user.id)!.toISOString()}>{formatDate(roleChanged.get(user.id)!)}</time> : "—"}
                </td>
                <td className={`${cell} whitespace-nowrap`}>
                  <PhoneLabel>Joined</PhoneLabel>
                  <time dateTime={user.createdAt.toISOString()}>{formatDate(user.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
