import Link from "next/link";
import type { StepUpAction } from "@/lib/messages/step-up";
import { stepUpPage } from "@/lib/messages/step-up-link";

/** Under a refusal that needs a recent sign-in: the way to the confirmation (step-up-section.tsx). */
export function StepUpLink({ action }: { action?: StepUpAction }) {
  if (!action) return null;
  return (
    <Link href={`${stepUpPage(action)}#confirm-identity`} className="basis-full text-sm font-medium text-indigo-700 dark:text-indigo-300 underline">
      Confirm it&apos;s you
    </Link>
  );
}
