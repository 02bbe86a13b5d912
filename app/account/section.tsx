import type { ReactNode } from "react";
import { card } from "@/app/_components/ui";

/** One card of the account page; its heading names it, so screen readers list it as a region. */
export function Section({ id, title, description, children }: { id: string; title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`${card} space-y-5`}>
      <div className="space-y-1">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {description && <p className="text-sm text-slate-600">{description}</p>}
      </div>
      {children}
    </section>
  );
}
