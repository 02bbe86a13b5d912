"use client";
// Signs out with the server action as a plain form (works without JavaScript), but first lets a
// session refresh that is still on its way land, so it cannot sign the user back in.
import type { FormEvent, ReactNode } from "react";
import { sessionRefreshInFlight } from "./session-refresh";

export function SignOutForm({ action, children }: { action: () => Promise<void>; children: ReactNode }) {
  const waitForRefresh = (event: FormEvent<HTMLFormElement>) => {
    const pending = sessionRefreshInFlight();
    if (!pending) return;
    event.preventDefault();
    const form = event.currentTarget;
    void pending.then(() => form.requestSubmit());
  };
  return (
    <form action={action} onSubmit={waitForRefresh}>
      {children}
    </form>
  );
}
