import type { Metadata } from "next";
import Link from "next/link";
import { textLink } from "../../_components/ui";

export const metadata: Metadata = { title: "Check your email" };

export default function VerifyRequestPage() {
  return (
    <>
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">Check your email</h1>
        <p className="text-slate-600 dark:text-slate-400">
          We sent you a sign-in link. Open it in this browser to finish signing in; it works once and expires after 24 hours.
        </p>
      </div>
      {process.env.NODE_ENV !== "production" && (
        <p className="rounded-lg border border-sky-200 dark:border-sky-900 bg-sky-50 dark:bg-sky-950/40 px-4 py-3 text-sm text-sky-900 dark:text-sky-100">
          <strong className="font-semibold">Developing locally?</strong> Without <code className="font-mono text-xs">EMAIL_SERVER</code>{" "}
          the link is not emailed: it is printed in the terminal running <code className="font-mono text-xs">npm run dev</code>.
        </p>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        No email after a few minutes? Check your spam folder, or{" "}
        <Link href="/signin" className={textLink}>
          try again
        </Link>
        .
      </p>
    </>
  );
}
