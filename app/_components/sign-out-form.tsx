// Signs out with a server action as a plain form, so it works without JavaScript.
import type { ReactNode } from "react";

export function SignOutForm({ action, children }: { action: () => Promise<void>; children: ReactNode }) {
  return <form action={action}>{children}</form>;
}
