"use client";
// On the 403 page of someone the database now calls an admin: the cookie still carries the old
// role, so ask for a session check now, then load the page again with the new cookie.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { checkSessionNow } from "./session-actions";

export function ReloadWithNewRole() {
  const router = useRouter();
  useEffect(() => {
    void checkSessionNow().then(() => router.refresh());
  }, [router]);
  return <p role="status" className="text-slate-600">Your access was just updated. Loading the page…</p>;
}
