import type { Metadata } from "next";
import { signInOptions } from "@/auth";
import { authErrorMessage } from "@/lib/messages/auth-errors";
import { requestOrigins } from "@/lib/request/request-origin";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { firstParam } from "@/lib/request/search-param";
import { SubmitButton } from "../../_components/submit-button";
import { signInWithProvider } from "./actions";
import { EmailForm } from "./email-form";
import { NoSignInMethods } from "./no-sign-in-methods";
import { OrDivider } from "./or-divider";
import { PasskeyButton } from "./passkey-button";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(firstParam(params.callbackUrl), await requestOrigins());
  const error = firstParam(params.error);
  const { oauth, email, passkey } = signInOptions;
  const canCreateAccount = oauth.length > 0 || email;

  return (
    <>
      <div className="space-y-1.5">
        <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
        {canCreateAccount && <p className="text-sm text-slate-600 dark:text-slate-400">No password needed: pick a way to prove it's you.</p>}
      </div>

      {error && (
        <div role="alert" className="rounded-lg border border-red-200 dark:border-red-900 bg-red-50 dark:bg-red-950/40 px-4 py-3 text-sm text-red-800 dark:text-red-200">
          {authErrorMessage(error)}
        </div>
      )}

      {oauth.length > 0 && (
        <ul className="space-y-3">
          {oauth.map((provider) => (
            <li key={provider.id}>
              <form action={signInWithProvider}>
                <input type="hidden" name="provider" value={provider.id} />
                <input type="hidden" name="callbackUrl" value={callbackUrl} />
                <SubmitButton variant="secondary" className="w-full" pendingLabel={`Opening ${provider.name}…`}>
                  Continue with {provider.name}
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}

      {oauth.length > 0 && email && <OrDivider />}

      {email && <EmailForm callbackUrl={callbackUrl} passkeyAutofill={canCreateAccount && passkey} />}

      {/* A passkey is added from the account page, so it needs one of the other ways in first. */}
      {canCreateAccount && passkey && (
        <>
          <OrDivider />
          <PasskeyButton callbackUrl={callbackUrl} autofill={email} />
        </>
      )}

      {!canCreateAccount && <NoSignInMethods />}
    </>
  );
}
