import { signOut } from "@/auth";
import { SignOutForm } from "./sign-out-form";

async function signOutAndGoHome() {
  "use server";
  await signOut({ redirectTo: "/" });
}

/** The one sign-out control, in the header of every page of a signed-in user. */
export function SignOutButton() {
  return (
    <SignOutForm action={signOutAndGoHome} label="Sign out" pendingLabel="Signing out…" variant="secondary" size="sm" />
  );
}
