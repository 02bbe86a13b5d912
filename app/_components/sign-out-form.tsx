"use client";
// Signs out with the server action as a plain form (works without JavaScript), but first lets a
// session refresh that is still on its way land, so it cannot sign the user back in.
import type { ReactNode } from "react";
import { submitAfterSessionRefresh } from "./session-refresh";

export function SignOutForm({ action, children }: { action: () => Promise<void>; children: ReactNode }) {
  return (
    <form action={action} onSubmit={submitAfterSessionRefresh}>
      {children}
    </form>
  );
}
