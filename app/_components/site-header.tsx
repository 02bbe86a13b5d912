import Link from "next/link";
import { currentSession } from "@/lib/auth/session";
import { APP_NAME } from "./site-name";
import { LogoMark } from "./logo-mark";
import { SignInLink } from "./sign-in-link";
import { SignOutButton } from "./sign-out-button";
import { focusRing, textLink } from "./ui";

export async function SiteHeader() {
  const session = await currentSession();
  // Half signed in (two-factor on, no code yet): nobody to name or link to; the two-factor page has
  // its own way out.
  const halfSignedIn = Boolean(session?.twoFactorPending);
  const user = halfSignedIn ? undefined : session?.user;
  // The name once the user has set one (account page), else the address they signed in with.
  const shownAs = user?.name || user?.email;
  return (
    <header className="border-b border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900">
      {/* One height whatever the row holds (a button, a link, or nothing on /signin), so pages do not jump. */}
      <div className="mx-auto flex min-h-15 max-w-5xl items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className={`flex shrink-0 items-center gap-2 rounded-sm font-semibold tracking-tight ${focusRing}`}>
          <LogoMark className="size-7" />
          {APP_NAME}
        </Link>
        {user ? (
          <div className="flex min-w-0 items-center gap-3">
            <span className="hidden min-w-0 truncate text-sm text-slate-600 sm:inline dark:text-slate-400" title={user.email ?? undefined}>
              {shownAs}
            </span>
            {user.role === "admin" && (
              <Link href="/admin" className={`shrink-0 text-sm ${textLink}`}>
                Admin
              </Link>
            )}
            <Link href="/account" className={`shrink-0 text-sm ${textLink}`}>
              Account
            </Link>
            <SignOutButton />
          </div>
        ) : (
          !halfSignedIn && <SignInLink />
        )}
      </div>
    </header>
  );
}
