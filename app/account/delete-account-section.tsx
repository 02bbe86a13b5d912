import { DeleteAccountForm } from "./delete-account-form";
import { Section } from "./section";

export function DeleteAccountSection({ email }: { email: string }) {
  return (
    <Section id="danger-zone" title="Danger zone" tone="danger">
      <DeleteAccountForm email={email} />
    </Section>
  );
}
