import type { Metadata } from "next";
import Link from "next/link";
import { emailChangeLinkProblem } from "@/lib/account/email-change";
import { requireSession } from "@/lib/auth/session";
import { pageData } from "@/lib/db/when-unavailable";
import { ACCOUNT_PAGE } from "@/lib/edge/route-rules";
import { firstParam } from "@/lib/request/search-param";
import { prisma } from "@/prisma";
import { ConfirmEmailChange } from "./confirm-email-change";

export const metadata: Metadata = { title: "Confirm your new email address" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The link from the email lands here (signed out, the middleware sends it through sign-in first).
// Opening the page changes nothing: mail scanners fetch links too. The button does it, and the
// action checks everything again.
export default async function EmailChangePage({ searchParams }: Props) {
  const session = await requireSession();
  const params = await searchParams;
  const email = firstParam(params.email) ?? "";
  const token = firstParam(params.token) ?? "";
  const problem = await pageData(ACCOUNT_PAGE, () => emailChangeLinkProblem(prisma, { userId: session.user.id, email, token, now: new Date() }));
  return (
    <div className="mx-auto w-full max-w-md space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Confirm your new email address</h1>
      {problem ? (
        <>
          <p role="alert" className="text-slate-700 dark:text-slate-300">
            {problem}
          </p>
          <Link href={ACCOUNT_PAGE} className="font-medium text-indigo-700 dark:text-indigo-300 underline">
            Back to your account
          </Link>
        </>
      ) : (
        <ConfirmEmailChange email={email} token={token} current={session.user.email ?? ""} />
      )}
    </div>
  );
}
