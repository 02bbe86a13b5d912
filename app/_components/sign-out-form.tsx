"use client";
// Signs out with the server action as a plain form (works without JavaScript), but first lets a
// session refresh that is still on its way land, so it cannot sign the user back in.
import { useSubmitAfterSessionRefresh } from "./session-refresh";
import { SubmitButton } from "./submit-button";

type Props = {
  action: () => Promise<void>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  size?: "md" | "sm";
};

export function SignOutForm({ action, label, pendingLabel, variant, size }: Props) {
  const { onSubmit, waiting } = useSubmitAfterSessionRefresh();
  return (
    <form action={action} onSubmit={onSubmit}>
      <SubmitButton variant={variant} size={size} pending={waiting} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
