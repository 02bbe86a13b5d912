import type { ReactNode } from "react";
import { centredCard } from "../_components/ui";

// The sign-in, check-your-email and error pages share one narrow card, centred in the window.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <div className={centredCard}>{children}</div>;
}
