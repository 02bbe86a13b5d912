"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { resendSignInLink, type ResendState } from "./actions";
import { NOTICE_PARAM } from "./sent-notice-param";

/** `token`: the page's notice (sent-notice.ts), which names the address to the server again. */
export function ResendForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState<ResendState, FormData>(resendSignInLink, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name={NOTICE_PARAM} value={token} />
      <SubmitButton variant="secondary" pendingLabel="Sending again…">
        Resend the link
      </SubmitButton>
      {/* Present before anything is sent, so screen readers announce the change. */}
      <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-300">
        {state.sent && !pending ? "Sent again. Look for the newest email." : ""}
      </p>
      {state.error && !pending && (
        <p role="alert" className="basis-full text-sm text-red-700 dark:text-red-300">
          {state.error}
        </p>
      )}
    </form>
  );
}
