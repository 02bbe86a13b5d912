import { signOut } from "@/auth";
import { SignOutForm } from "./sign-out-form";
import { button } from "./ui";

async function signOutAndGoHome() {
  "use server";
  await signOut({ redirectTo: "/" });
}

export function SignOutButton({ size = "md", className = "" }: { size?: "md" | "sm"; className?: string }) {
  return (
    <SignOutForm action={signOutAndGoHome}>
      <button type="submit" className={`${button("secondary", size)} ${className}`}>
        Sign out
      </button>
    </SignOutForm>
  );
}
