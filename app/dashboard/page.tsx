import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { signInOptions } from "@/auth";
import { RelativeTime } from "@/app/_components/relative-time";
import { signInMethodLabel } from "@/lib/account/sign-in-method-label";
import { requireSession } from "@/lib/auth/session";
import { button, card, textLink } from "../_components/ui";

export const metadata: Metadata = { title: "Dashboard" };

// Your app's first page after sign-in: replace it with yours. Everything here comes from the session
// token, so it renders without a database call (and keeps working while the database is down).
export default async function DashboardPage() {
  // The middleware already sends signed-out visitors away; this covers a matcher that misses.
  const session = await requireSession();
  const { name, email, role } = session.user;
  const method = signInMethodLabel(session.signIn?.method);
  const signedInAt = session.signIn?.at;

  return (
    <div className="mx-auto w-full max-w-2xl space-y-6">
      <div className="min-w-0 space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Dashboard</h1>
        <p className="text-lg break-words">{name ? `Welcome back, ${name}.` : "Welcome."}</p>
        <p className="break-words text-slate-600 dark:text-slate-400">Signed in as {email}</p>
      </div>

      <section aria-labelledby="you" className={`${card} space-y-4`}>
        <h2 id="you" className="text-lg font-semibold">
          You
        </h2>
        <dl className="divide-y divide-slate-100 dark:divide-slate-800">
          <Row term="Name">
            {name || (
              <>
                <span className="text-slate-600 dark:text-slate-400">Not set yet · </span>
                <Link href="/account#profile" className={textLink}>
                  Add your name
                </Link>
              </>
            )}
          </Row>
          <Row term="Email">{email}</Row>
          {(method || signedInAt) && (
            <Row term="This sign-in">
              {method ? `With ${method}` : "Signed in"}
              {signedInAt && (
                <>
                  {", "}
                  <RelativeTime date={new Date(signedInAt * 1000)} now={new Date()} />
                </>
              )}
            </Row>
          )}
          <Row term="Role">{role === "admin" ? "Admin" : "Member"}</Row>
        </dl>
        <div className="flex flex-wrap gap-3">
          <Link href="/account" className={button("primary")}>
            Manage your account
          </Link>
          {role === "admin" && (
            <Link href="/admin" className={button("secondary")}>
              Admin
            </Link>
          )}
        </div>
      </section>

      <section aria-labelledby="security" className={`${card} space-y-3`}>
        <h2 id="security" className="text-lg font-semibold">
          Keep your account safe
        </h2>
        <ul className="space-y-2 text-sm text-slate-600 dark:text-slate-400">
          {signInOptions.passkey && (
            <li>
              <Link href="/account#passkeys" className={textLink}>
                Passkeys
              </Link>{" "}
              sign you in with your fingerprint, face or screen lock.
            </li>
          )}
          <li>
            <Link href="/account#two-factor" className={textLink}>
              Two-factor
            </Link>{" "}
            asks for a code from your phone after an email link or a provider.
          </li>
          <li>
            <Link href="/account#devices" className={textLink}>
              Devices
            </Link>{" "}
            and{" "}
            <Link href="/account#security-activity" className={textLink}>
              security activity
            </Link>{" "}
            show where and how your account was used.
          </li>
        </ul>
      </section>
    </div>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-500 dark:text-slate-400">{term}</dt>
      <dd className="break-words sm:col-span-2">{children}</dd>
    </div>
  );
}
