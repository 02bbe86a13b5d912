import type { Metadata } from "next";
import Link from "next/link";
import { isProduction } from "@/lib/env/settings";
import { firstParam } from "@/lib/request/search-param";
import { textLink } from "../../_components/ui";
import { ResendForm } from "./resend-form";
import { readSentNotice } from "./sent-notice";
import { NOTICE_PARAM } from "./sent-notice-param";

export const metadata: Metadata = { title: "Check your email" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// After the sign-in form sent a link (app/(auth)/signin/actions.ts), and where Auth.js itself sends
// people after its own email sign-in (auth.config.ts `pages.verifyRequest`), which names no address.
export default async function VerifyRequestPage({ searchParams }: Props) {
  const token = firstParam((await searchParams)[NOTICE_PARAM]);
  const notice = await readSentNotice(token);
  const anotherAddress = notice ? `/signin?${new URLSearchParams({ callbackUrl: notice.callbackUrl })}` : "/signin";
  return (
    <>
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">Check your email</h1>
        <p className="text-slate-600 dark:text-slate-400">
          {notice ? (
            <>
              We sent a sign-in link to <strong className="font-semibold break-words text-slate-900 dark:text-slate-100">{notice.email}</strong>.
            </>
          ) : (
            "We sent you a sign-in link."
          )}{" "}
          Open it in this browser to finish signing in; it works once and expires after 24 hours.
        </p>
      </div>
      {!isProduction() && (
        <p className="rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900 dark:border-sky-900 dark:bg-sky-950/40 dark:text-sky-100">
          <strong className="font-semibold">Developing locally?</strong> Without <code className="font-mono text-xs">EMAIL_SERVER</code>{" "}
          the link is not emailed: it is printed in the terminal running <code className="font-mono text-xs">npm run dev</code>.
        </p>
      )}
      <div className="space-y-3 text-sm text-slate-600 dark:text-slate-400">
        <p>No email after a few minutes? Check your spam folder{notice ? ", or send it again." : "."}</p>
        {notice && token && <ResendForm token={token} />}
        <p>
          Wrong address?{" "}
          <Link href={anotherAddress} className={textLink}>
            Use another address
          </Link>
        </p>
      </div>
    </>
  );
}
