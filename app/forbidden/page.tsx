import type { Metadata } from "next";
import Link from "next/link";
import { button, card } from "../_components/ui";

export const metadata: Metadata = { title: "No access" };

// The middleware rewrites /admin/* here, with status 403, for signed-in users who are not admins.
export default function ForbiddenPage() {
  return (
    <div className={`${card} mx-auto max-w-md space-y-6`}>
      <div className="space-y-3">
        <p className="text-sm font-semibold text-indigo-700">403</p>
        <h1 className="text-2xl font-bold tracking-tight">You don't have access</h1>
        <p className="text-slate-600">This page needs an admin role, and your account doesn't have it.</p>
      </div>
      <Link href="/" className={button("primary")}>
        Go home
      </Link>
    </div>
  );
}
