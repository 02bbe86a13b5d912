import type { Metadata } from "next";
import Link from "next/link";
import { authErrorMessage } from "@/lib/messages/auth-errors";
import { firstParam } from "@/lib/request/search-param";
import { button } from "../../_components/ui";

export const metadata: Metadata = { title: "Sign-in problem" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuthErrorPage({ searchParams }: Props) {
  const error = firstParam((await searchParams).error);
  return (
    <>
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">Sign-in problem</h1>
        <p className="text-slate-700 dark:text-slate-300">{authErrorMessage(error)}</p>
      </div>
      <Link href="/signin" className={button("primary")}>
        Back to sign in
      </Link>
    </>
  );
}
