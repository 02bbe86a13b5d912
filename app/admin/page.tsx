import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { newestUsers } from "@/lib/admin/newest-users";
import { adminSession } from "@/lib/admin/require-admin";
import { pageData } from "@/lib/db/when-unavailable";
import { card } from "../_components/ui";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  if (!(await adminSession())) forbidden();
  const users = await pageData("/admin", newestUsers);

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Admin</h1>
        <p className="text-slate-600">
          The newest {users.length} users. Change a role with <code className="text-sm">npm run user:role -- &lt;email&gt; admin</code>.
        </p>
      </div>
      <section aria-labelledby="users" className={`${card} overflow-x-auto p-0 sm:p-0`}>
        <h2 id="users" className="sr-only">
          Users
        </h2>
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">Email</th>
              <th scope="col" className="px-4 py-3 font-medium">Name</th>
              <th scope="col" className="px-4 py-3 font-medium">Role</th>
              <th scope="col" className="px-4 py-3 font-medium">Joined</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => (
              <tr key={user.id}>
                <td className="px-4 py-3 whitespace-nowrap">{user.email}</td>
                <td className="px-4 py-3">{user.name ?? "—"}</td>
                <td className="px-4 py-3">{user.role}</td>
                <td className="px-4 py-3 whitespace-nowrap">{user.createdAt.toISOString().slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
