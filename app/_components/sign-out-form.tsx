// Signs out with a server action as a plain form, so it works without JavaScript; the button says
// the click was taken while the action runs.
import { SubmitButton } from "./submit-button";

type Props = {
  action: () => Promise<void>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  size?: "md" | "sm";
};

export function SignOutForm({ action, label, pendingLabel, variant, size }: Props) {
  return (
    <form action={action}>
      <SubmitButton variant={variant} size={size} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
