import type { Metadata } from "next";
import Link from "next/link";
import { requireSession } from "@/lib/auth/session";
import { card, textLink } from "../_components/ui";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  // The middleware already sends signed-out visitors away; this covers a matcher that misses.
  const session = await requireSession();
  const { id, name, email, role } = session.user;

  const details = [
    { label: "Name", value: name || "No name yet" },
    { label: "Email", value: email },
    { label: "User ID", value: id, mono: true },
    { label: "Role", value: role },
  ];

  return (
    <div className="mx-auto w-full max-w-2xl space-y-6">
      <div className="min-w-0 space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Dashboard</h1>
        <p className="break-words text-slate-600">Signed in as {email}</p>
        <Link href="/account" className={textLink}>
          Account settings
        </Link>
      </div>

      <section aria-labelledby="account" className={card}>
        <h2 id="account" className="text-lg font-semibold">
          Your account
        </h2>
        <dl className="mt-4 divide-y divide-slate-100">
          {details.map((row) => (
            <div key={row.label} className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
              <dt className="text-sm font-medium text-slate-500">{row.label}</dt>
              <dd className={`break-all sm:col-span-2 ${row.mono ? "font-mono text-sm" : ""}`}>{row.value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
