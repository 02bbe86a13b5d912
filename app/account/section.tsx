import type { ReactNode } from "react";
import { card, dangerCard } from "@/app/_components/ui";

type Props = { id: string; title: string; description?: ReactNode; tone?: "danger"; children: ReactNode };

/** One card of the account page; its heading names it, so screen readers list it as a region. */
export function Section({ id, title, description, tone, children }: Props) {
  const danger = tone === "danger";
  return (
    <section aria-labelledby={id} className={`${danger ? dangerCard : card} space-y-5`}>
      <div className="space-y-1">
        <h2 id={id} className={`text-lg font-semibold ${danger ? "text-red-700 dark:text-red-300" : ""}`}>
          {title}
        </h2>
        {description && <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>}
      </div>
      {children}
    </section>
  );
}
