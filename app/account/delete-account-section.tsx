import { DeleteAccountForm } from "./delete-account-form";
import { Section } from "./section";

export function DeleteAccountSection({ email, confirmed }: { email: string; confirmed?: boolean }) {
  return (
    <Section id="danger-zone" title="Danger zone" tone="danger">
      <DeleteAccountForm email={email} confirmed={confirmed} />
    </Section>
  );
}
