import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signOutAndGoHome } from "@/app/_components/sign-out-actions";
import { SignOutForm } from "@/app/_components/sign-out-form";
import { currentSession } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { firstParam } from "@/lib/request/search-param";
import { requestOrigins } from "@/lib/request/request-origin";
import { CodeForm } from "./code-form";

export const metadata: Metadata = { title: "Two-factor authentication" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The second step of sign-in, for a user with two-factor on who has given the first factor. */
export default async function TwoFactorPage({ searchParams }: Props) {
  const session = await currentSession();
  const callbackUrl = safeCallbackUrl(firstParam((await searchParams).callbackUrl), await requestOrigins());
  if (!session?.user) redirect("/signin");
  if (!session.twoFactorPending) redirect(callbackUrl);
  return (
    <>
      <div className="space-y-1.5">
        <h1 className="text-2xl font-bold tracking-tight">Two-factor authentication</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Enter the 6-digit code your authenticator app shows for this site. Lost it? Enter one of your recovery codes instead.
        </p>
      </div>
      <CodeForm callbackUrl={callbackUrl} />
      <div className="flex items-center justify-between gap-3 border-t border-slate-100 dark:border-slate-800 pt-4 text-sm text-slate-600 dark:text-slate-400">
        <span>Not you, or no code at hand?</span>
        <SignOutForm action={signOutAndGoHome} label="Sign out" pendingLabel="Signing out…" variant="secondary" size="sm" />
      </div>
    </>
  );
}
