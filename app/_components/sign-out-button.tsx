import { signOut } from "@/auth";
import { SignOutForm } from "./sign-out-form";
import { SubmitButton } from "./submit-button";

async function signOutAndGoHome() {
  "use server";
  await signOut({ redirectTo: "/" });
}

/** The one sign-out control, in the header of every page of a signed-in user. */
export function SignOutButton() {
  return (
    <SignOutForm action={signOutAndGoHome}>
      <SubmitButton variant="secondary" size="sm" pendingLabel="Signing out…">
        Sign out
      </SubmitButton>
    </SignOutForm>
  );
}
