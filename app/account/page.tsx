import type { Metadata } from "next";
import { signInOptions } from "@/auth";
import { securityEventsPage } from "@/lib/account/security-log";
import { signedInRecently } from "@/lib/auth/recent-sign-in";
import { requireSession } from "@/lib/auth/session";
import { pageData } from "@/lib/db/when-unavailable";
import { ACCOUNT_PAGE } from "@/lib/edge/route-rules";
import { isStepUpAction } from "@/lib/messages/step-up";
import { stepUpPage } from "@/lib/messages/step-up-link";
import { firstParam } from "@/lib/request/search-param";
import { SETUP_PARAM } from "@/lib/two-factor/admin-requirement";
import { prisma } from "@/prisma";
import { loadAccount } from "./account-data";
import { DeleteAccountSection } from "./delete-account-section";
import { DevicesSection } from "./devices-section";
import { PasskeysSection } from "./passkeys-section";
import { ProfileSection } from "./profile-section";
import { SecurityActivitySection } from "./security-activity-section";
import { SignInMethodsSection } from "./sign-in-methods-section";
import { StepUpReady } from "./step-up-ready";
import { StepUpSection } from "./step-up-section";
import { TwoFactorConfirmForm } from "./two-factor-confirm-form";
import { TwoFactorSection } from "./two-factor-section";

export const metadata: Metadata = { title: "Account" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  // The middleware already sends signed-out visitors away; this covers a matcher that misses.
  const session = await requireSession();
  const params = await searchParams;
  // ?confirm=<action>: an action waits for this session to confirm its user (step-up), or just did.
  const confirm = firstParam(params.confirm);
  const waiting = isStepUpAction(confirm) ? confirm : undefined;
  const activityBefore = firstParam(params.activity_before);
  // Everything below is read by the session's user id, never by anything the request carries.
  const userId = session.user.id;
  const now = new Date();
  const [account, activity, recent] = await pageData(ACCOUNT_PAGE, () =>
    Promise.all([
      loadAccount(userId, session.sessionId),
      securityEventsPage(prisma, userId, { before: activityBefore }),
      waiting ? signedInRecently(prisma, { id: session.sessionId, userId }, now) : false,
    ]),
  );

  return (
    <div className="mx-auto w-full max-w-2xl space-y-6">
      {/* Sign-out lives in the header, the one place for it on every page. */}
      <div className="min-w-0 space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Account</h1>
        {account && <p className="break-words text-slate-600 dark:text-slate-400">Signed in as {account.email}</p>}
      </div>

      {account ? (
        <>
          {waiting &&
            (recent ? (
              <StepUpReady action={waiting} />
            ) : (
              <StepUpSection
                action={waiting}
                passkey={account.authenticators.length > 0}
                email={signInOptions.email && Boolean(account.email)}
                twoFactor={account.twoFactor.on ? <TwoFactorConfirmForm returnTo={stepUpPage(waiting)} /> : undefined}
              />
            ))}
          <ProfileSection name={account.name} email={account.email} />
          <SignInMethodsSection
            linked={account.accounts.map((linked) => linked.provider)}
            email={account.email}
            emailVerified={account.emailVerified !== null}
            linkError={firstParam(params.error)}
          />
          {signInOptions.passkey && <PasskeysSection passkeys={account.authenticators} />}
          <TwoFactorSection
            on={account.twoFactor.on}
            recoveryCodesLeft={account.twoFactor.recoveryCodesLeft}
            requiredForAdmin={firstParam(params[SETUP_PARAM]) === "two-factor"}
          />
          <DevicesSection sessions={account.sessions} now={now} />
          <SecurityActivitySection events={activity.events} next={activity.next} paged={activityBefore !== undefined} now={now} />
          <DeleteAccountSection email={account.email} confirmed={waiting === "delete-account" && recent} />
        </>
      ) : (
        // Deleted in another tab: the session cookie outlives the row until it is refreshed.
        <p role="alert" className="text-slate-700 dark:text-slate-300">
          This account no longer exists. Sign out (top right) to start again.
        </p>
      )}
    </div>
  );
}
