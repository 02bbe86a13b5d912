import { EMAIL_CHANGE_LINK_MINUTES } from "@/lib/account/email-change";
import { EmailChangeForm } from "./email-change-form";
import { ProfileForm } from "./profile-form";
import { Section } from "./section";

export function ProfileSection({ name, email }: { name: string | null; email: string }) {
  return (
    <Section id="profile" title="Profile">
      <ProfileForm name={name ?? ""} />
      <dl className="space-y-1 border-t border-slate-100 dark:border-slate-800 pt-4">
        <dt className="text-sm font-medium">Email</dt>
        <dd className="break-all text-slate-700 dark:text-slate-300">{email}</dd>
      </dl>
      <EmailChangeForm linkMinutes={EMAIL_CHANGE_LINK_MINUTES} />
    </Section>
  );
}
