"use client";
// The header's "Sign in", everywhere but on the sign-in page itself.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { button } from "./ui";

export function SignInLink() {
  if (usePathname() === "/signin") return null;
  return (
    <Link href="/signin" className={button("primary", "sm")}>
      Sign in
    </Link>
  );
}
