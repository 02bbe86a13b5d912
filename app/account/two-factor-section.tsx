import { Section } from "./section";
import { TwoFactorPanel } from "./two-factor-panel";

type Props = { on: boolean; recoveryCodesLeft: number; requiredForAdmin: boolean };

/** `requiredForAdmin`: sent here from /admin (REQUIRE_TWO_FACTOR_FOR_ADMINS), which says so. */
export function TwoFactorSection({ on, recoveryCodesLeft, requiredForAdmin }: Props) {
  return (
    <Section
      id="two-factor"
      title="Two-factor authentication"
      description="A code from an authenticator app after each sign-in by email link or provider (a passkey already counts as both)."
    >
      {requiredForAdmin && !on && (
        <p role="alert" className="rounded-lg border border-amber-200 dark:border-amber-900 bg-amber-50 dark:bg-amber-950/40 px-4 py-3 text-sm text-amber-900 dark:text-amber-100">
          Admin accounts need two-factor authentication. Set it up here, then open the admin pages again.
        </p>
      )}
      <TwoFactorPanel on={on} recoveryCodesLeft={recoveryCodesLeft} />
    </Section>
  );
}
