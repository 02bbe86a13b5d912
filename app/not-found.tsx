import type { Metadata } from "next";
import Link from "next/link";
import { button, centredCard } from "./_components/ui";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className={centredCard}>
      <div className="space-y-3">
        <p className="text-sm font-semibold text-indigo-700 dark:text-indigo-300">404</p>
        <h1 className="text-2xl font-bold tracking-tight">Page not found</h1>
        <p className="text-slate-600 dark:text-slate-400">There is nothing at this address. Check the link, or start again from the home page.</p>
      </div>
      <Link href="/" className={button("primary")}>
        Go home
      </Link>
    </div>
  );
}
