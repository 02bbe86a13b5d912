import { signOut } from "@/auth";
import { button } from "./ui";

export function SignOutButton({ size = "md", className = "" }: { size?: "md" | "sm"; className?: string }) {
  return (
    <form
      action={async () => {
        "use server";
        await signOut({ redirectTo: "/" });
      }}
    >
      <button type="submit" className={`${button("secondary", size)} ${className}`}>
        Sign out
      </button>
    </form>
  );
}
