"use client";
// Every button that sends something: while the request runs it is disabled, shows a spinner and
// says what is happening ("Saving…"), and a live region tells screen readers the same, since a
// server action on a busy server can take seconds and a click must never look dead.
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { button } from "./ui";

type Props = {
  children: ReactNode;
  /** What the button says while the request runs, e.g. "Saving…". */
  pendingLabel: string;
  variant?: Parameters<typeof button>[0];
  size?: Parameters<typeof button>[1];
  className?: string;
  /** Busy for a reason of its own (a passkey ceremony, a wait before submitting); a form's own submit counts too. */
  pending?: boolean;
  onClick?: () => void;
  "aria-describedby"?: string;
};

export function SubmitButton({ children, pendingLabel, variant = "primary", size = "md", className = "", pending, onClick, ...aria }: Props) {
  const form = useFormStatus();
  const busy = Boolean(pending) || form.pending;
  return (
    <>
      {/* Present before the click: screen readers announce changes to a region already on the page.
          Placed before the button, so the button stays the last child for `space-y-*` layouts. */}
      <span role="status" className="sr-only">
        {busy ? pendingLabel : ""}
      </span>
      <button
        type={onClick ? "button" : "submit"}
        onClick={onClick}
        disabled={busy}
        aria-describedby={aria["aria-describedby"]}
        className={`${button(variant, size)} ${className}`}
      >
        {busy && <Spinner />}
        {busy ? pendingLabel : children}
      </button>
    </>
  );
}

function Spinner() {
  return <span aria-hidden="true" className="size-4 shrink-0 animate-spin rounded-full border-2 border-current border-r-transparent" />;
}
