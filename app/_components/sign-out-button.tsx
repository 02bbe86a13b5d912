import { signOutAndGoHome } from "./sign-out-actions";
import { SignOutForm } from "./sign-out-form";

/** The one sign-out control, in the header of every page of a signed-in user. */
export function SignOutButton() {
  return <SignOutForm action={signOutAndGoHome} label="Sign out" pendingLabel="Signing out…" variant="secondary" size="sm" />;
}
