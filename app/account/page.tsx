import type { Metadata } from "next";
import { signInOptions } from "@/auth";
import { requireSession } from "@/lib/auth/session";
import { pageData } from "@/lib/db/when-unavailable";
import { ACCOUNT_PAGE } from "@/lib/edge/route-rules";
import { firstParam } from "@/lib/request/search-param";
import { loadAccount } from "./account-data";
import { DeleteAccountSection } from "./delete-account-section";
import { DevicesSection } from "./devices-section";
import { PasskeysSection } from "./passkeys-section";
import { ProfileSection } from "./profile-section";
import { SignInMethodsSection } from "./sign-in-methods-section";

export const metadata: Metadata = { title: "Account" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  // The middleware already sends signed-out visitors away; this covers a matcher that misses.
  const session = await requireSession();
  // Everything below is read by the session's user id, never by anything the request carries.
  const account = await pageData(ACCOUNT_PAGE, () => loadAccount(session.user.id));

  return (
    <div className="mx-auto w-full max-w-2xl space-y-6">
      {/* Sign-out lives in the header, the one place for it on every page. */}
      <div className="min-w-0 space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Account</h1>
        {account && <p className="break-words text-slate-600">Signed in as {account.email}</p>}
      </div>

      {account ? (
        <>
          <ProfileSection name={account.name} email={account.email} />
          <SignInMethodsSection
            linked={account.accounts.map((linked) => linked.provider)}
            email={account.email}
            emailVerified={account.emailVerified !== null}
            linkError={firstParam((await searchParams).error)}
          />
          {signInOptions.passkey && <PasskeysSection passkeys={account.authenticators} />}
          <DevicesSection sessions={account.sessions} currentSessionId={session.sessionId} />
          <DeleteAccountSection email={account.email} />
        </>
      ) : (
        // Deleted in another tab: the session cookie outlives the row until it is refreshed.
        <p role="alert" className="text-slate-700">
          This account no longer exists. Sign out (top right) to start again.
        </p>
      )}
    </div>
  );
}
