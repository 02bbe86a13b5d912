"use client";
// The session cookie is written only on the Node side (the edge drops re-issued cookies, see
// lib/edge/session-cookie.ts). Asking Auth.js for the session runs the jwt callback in auth.ts, which
// re-reads a stale role from the database, and writes the cookie with a new expiry.
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";

const LAST_REFRESH = "session-refreshed-at";

// A refresh answered after a sign-out would put the session cookie back: forms that end the
// session wait for the one in flight (useSubmitAfterSessionRefresh).
let inFlight: Promise<unknown> | undefined;

/**
 * For forms that end the session: `onSubmit` lets a refresh still on its way land first, and
 * `waiting` is true meanwhile, so the button can show that the click was taken.
 */
export function useSubmitAfterSessionRefresh() {
  const [waiting, setWaiting] = useState(false);
  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    const pending = inFlight;
    if (!pending) return;
    event.preventDefault();
    const form = event.currentTarget;
    setWaiting(true);
    void pending.then(() => {
      setWaiting(false);
      form.requestSubmit();
    });
  }
  return { onSubmit, waiting };
}

/** Resolves to whether the server answered; never rejects. */
function refreshSessionCookie(): Promise<boolean> {
  const request = fetch("/api/auth/session")
    .then(async (response) => {
      await response.json();
      return response.ok;
    })
    .catch(() => false)
    .finally(() => {
      if (inFlight === request) inFlight = undefined;
    });
  inFlight = request;
  return request;
}

/**
 * On every page of a signed-in user, at most once per `everySeconds` per tab: keeps the session
 * rolling and the cookie's role within two intervals of the database.
 */
export function SessionRefresh({ everySeconds }: { everySeconds: number }) {
  const pathname = usePathname();
  useEffect(() => {
    const last = Number(sessionStorage.getItem(LAST_REFRESH));
    if (inFlight || Date.now() - last < everySeconds * 1000) return;
    // Not aborted when the user navigates on: the next page would otherwise skip it for an interval.
    void refreshSessionCookie().then((answered) => {
      if (answered) sessionStorage.setItem(LAST_REFRESH, String(Date.now()));
    });
  }, [pathname, everySeconds]);
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
