import type { ReactNode } from "react";
import { card } from "../_components/ui";

// The sign-in, check-your-email and error pages share one narrow, centred card.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <div className={`${card} mx-auto max-w-md space-y-6`}>{children}</div>;
}
