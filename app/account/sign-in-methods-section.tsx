import { signInOptions } from "@/auth";
import { SubmitButton } from "@/app/_components/submit-button";
import { rowList } from "@/app/_components/ui";
import { RECENT_SIGN_IN_MINUTES } from "@/lib/auth/recent-sign-in";
import { linkErrorMessage } from "@/lib/messages/link-errors";
import { RECENT_SIGN_IN_CODE } from "@/lib/messages/recent-sign-in";
import { linkProvider, unlinkProvider } from "./actions";
import { RemoveButton } from "./remove-button";
import { Section } from "./section";
import { StepUpLink } from "./step-up-link";

type Props = {
  /** Provider ids of the user's OAuth/OIDC accounts. */
  linked: string[];
  email: string;
  emailVerified: boolean;
  /** The Auth.js error code of a failed link, from ?error=. */
  linkError?: string;
};

// Providers by the name the sign-in page shows; the id only for a provider this server dropped.
const providerName = (id: string) => signInOptions.oauth.find((provider) => provider.id === id)?.name ?? id;

export function SignInMethodsSection({ linked, email, emailVerified, linkError }: Props) {
  // One row per provider: Unlink removes every account the user has there.
  const providers = [...new Set(linked)];
  const linkable = signInOptions.oauth.filter((provider) => !providers.includes(provider.id));
  return (
    <Section
      id="sign-in-methods"
      title="Sign-in methods"
      description={`The accounts and email address you can sign in with.${signInOptions.passkey ? " Passkeys have their own section." : ""}`}
    >
      {linkError && (
        <p role="alert" className="rounded-lg border border-red-200 dark:border-red-900 bg-red-50 dark:bg-red-950/40 px-4 py-3 text-sm text-red-800 dark:text-red-200">
          {linkErrorMessage(linkError, RECENT_SIGN_IN_MINUTES)}
        </p>
      )}
      {linkError === RECENT_SIGN_IN_CODE && <StepUpLink action="add-sign-in-method" />}
      {(providers.length > 0 || signInOptions.email) && (
        <ul className={rowList}>
          {providers.map((id) => (
            <li key={id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3">
              <span className="font-medium">{providerName(id)}</span>
              <RemoveButton action={unlinkProvider} field={{ name: "provider", value: id }} label="Unlink" pendingLabel="Unlinking…" context={providerName(id)} />
            </li>
          ))}
          {signInOptions.email && (
            <li className="space-y-0.5 py-3">
              <p className="font-medium">Email link</p>
              <p className="text-sm break-words text-slate-600 dark:text-slate-400">
                Sign-in links go to {email}.
                {!emailVerified && " Sign in this way once to confirm the address; until then it doesn't count as a way back in."}
              </p>
            </li>
          )}
        </ul>
      )}
      {linkable.length > 0 && (
        <ul className="flex flex-wrap gap-3">
          {linkable.map((provider) => (
            <li key={provider.id}>
              <form action={linkProvider}>
                <input type="hidden" name="provider" value={provider.id} />
                <SubmitButton variant="secondary" pendingLabel={`Opening ${provider.name}…`}>
                  Link {provider.name}
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
