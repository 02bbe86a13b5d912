import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { button, centredCard } from "../_components/ui";
import { accountJustDeleted } from "./deleted-marker";

export const metadata: Metadata = { title: "Account deleted" };

// Where deleting the account ends (app/account/actions.ts): what went, and the ways on.
export default async function AccountDeletedPage() {
  if (!(await accountJustDeleted())) redirect("/");
  return (
    <div className={centredCard}>
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">Your account is deleted</h1>
        <p className="text-slate-600 dark:text-slate-400">You are signed out everywhere. We deleted, for good:</p>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-600 dark:text-slate-400">
          <li>your name and email address,</li>
          <li>your sign-in methods: linked accounts and passkeys,</li>
          <li>your two-factor setup and recovery codes,</li>
          <li>every signed-in device and your security activity.</li>
        </ul>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Passkeys stay on your devices until you remove them there; they no longer sign in here.
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Link href="/" className={button("primary")}>
          Go home
        </Link>
        <Link href="/signin" className={button("secondary")}>
          Start a new account
        </Link>
      </div>
    </div>
  );
}
