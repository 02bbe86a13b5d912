import type { Metadata } from "next";
import Link from "next/link";
import { isProduction } from "@/lib/env/settings";
import { textLink } from "../../_components/ui";

export const metadata: Metadata = { title: "Check your email" };

export default function VerifyRequestPage() {
  return (
    <>
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">Check your email</h1>
        <p className="text-slate-600">
          We sent you a sign-in link. Open it in this browser to finish signing in; it works once and expires after 24 hours.
        </p>
      </div>
      {!isProduction() && (
        <p className="rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900">
          <strong className="font-semibold">Developing locally?</strong> Without <code className="font-mono text-xs">EMAIL_SERVER</code>{" "}
          the link is not emailed: it is printed in the terminal running <code className="font-mono text-xs">npm run dev</code>.
        </p>
      )}
      <p className="text-sm text-slate-600">
        No email after a few minutes? Check your spam folder, or{" "}
        <Link href="/signin" className={textLink}>
          try again
        </Link>
        .
      </p>
    </>
  );
}
