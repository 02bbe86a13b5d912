"use client";
// The edge middleware trusts the role inside the session cookie, and server components cannot
// write cookies. Asking Auth.js for the session (a Node route) runs the jwt callback in auth.ts,
// which re-reads a stale role from the database and writes the cookie again.
import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";

const refreshSessionCookie = (signal?: AbortSignal) => fetch("/api/auth/session", { signal }).catch(() => undefined);

/** On every page of a signed-in user: keeps the cookie's role within ROLE_REFRESH_SECONDS of the database. */
export function SessionRefresh() {
  const pathname = usePathname();
  useEffect(() => {
    const controller = new AbortController();
    void refreshSessionCookie(controller.signal);
    return () => controller.abort();
  }, [pathname]);
  return null;
}

/** Where the middleware refused a role the database now grants: refresh the cookie, then the page. */
export function ReloadWithNewRole() {
  const router = useRouter();
  useEffect(() => {
    void refreshSessionCookie().then(() => router.refresh());
  }, [router]);
  return <p role="status" className="text-slate-600">Your access was just updated. Loading the page…</p>;
}
