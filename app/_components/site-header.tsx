import Link from "next/link";
import { currentSession } from "@/lib/auth/session";
import { APP_NAME } from "./site-name";
import { LogoMark } from "./logo-mark";
import { SignInLink } from "./sign-in-link";
import { SignOutButton } from "./sign-out-button";
import { focusRing, textLink } from "./ui";

export async function SiteHeader() {
  const session = await currentSession();
  const email = session?.user?.email;
  return (
    <header className="border-b border-slate-200 bg-white">
      {/* One height whatever the row holds (a button, a link, or nothing on /signin), so pages do not jump. */}
      <div className="mx-auto flex min-h-15 max-w-5xl items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className={`flex shrink-0 items-center gap-2 rounded-sm font-semibold tracking-tight ${focusRing}`}>
          <LogoMark className="size-7" />
          {APP_NAME}
        </Link>
        {session?.user ? (
          <div className="flex min-w-0 items-center gap-3">
            <span className="hidden min-w-0 truncate text-sm text-slate-600 sm:inline" title={email ?? undefined}>
              {email}
            </span>
            <Link href="/account" className={`shrink-0 text-sm ${textLink}`}>
              Account
            </Link>
            <SignOutButton />
          </div>
        ) : (
          <SignInLink />
        )}
      </div>
    </header>
  );
}
