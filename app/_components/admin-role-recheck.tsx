"use client";
// On the 403 page. The edge refused from the role in the cookie, which may predate a promotion by up
// to one refresh interval: ask the database once, and if it now says admin, reload the page with the
// re-issued cookie. A client component because Next renders the 403 boundary (app/forbidden.tsx)
// with every page, where a query of its own would run on every request.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { sessionNowGrantsAdmin } from "./session-actions";

export function AdminRoleRecheck() {
  const router = useRouter();
  const [promoted, setPromoted] = useState(false);
  useEffect(() => {
    sessionNowGrantsAdmin().then(
      (granted) => {
        if (!granted) return;
        setPromoted(true);
        router.refresh();
      },
      // No answer (the database is down): the page stays as the edge decided it.
      () => {},
    );
  }, [router]);
  return (
    <p role="status" className="text-slate-600 dark:text-slate-400">
      {promoted ? "Your access was just updated. Loading the page…" : "This page needs an admin role, and your account doesn't have it."}
    </p>
  );
}
