import { DeleteAccountForm } from "./delete-account-form";
import { Section } from "./section";

export function DeleteAccountSection({ email }: { email: string }) {
  return (
    <Section
      id="delete-account"
      title="Delete account"
      description={
        <>
          This deletes your account with its linked sign-in methods and passkeys, and signs you out. It can&apos;t be undone. To
          confirm, type <strong className="break-all text-slate-900">{email}</strong> below.
        </>
      }
    >
      <DeleteAccountForm />
    </Section>
  );
}
