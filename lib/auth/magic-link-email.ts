// Sends the sign-in link by SMTP, or prints it to the terminal in development without EMAIL_SERVER.
import type { EmailConfig } from "next-auth/providers";
import { deliverMail } from "./account-mail";

type SendParams = Parameters<EmailConfig["sendVerificationRequest"]>[0];

export async function sendMagicLink({ identifier, url, provider }: SendParams): Promise<void> {
  const { host } = new URL(url);
  await deliverMail(provider.server, {
    to: identifier,
    from: provider.from,
    subject: `Sign in to ${host}`,
    text: `Sign in to ${host} with this link:\n\n${url}\n\nIf you did not ask for it, ignore this email.\n`,
    html: `<p>Sign in to <strong>${host}</strong>:</p><p><a href="${url}">Sign in</a></p><p>If you did not ask for it, ignore this email.</p>`,
  });
}

export function printMagicLink({ identifier, url }: SendParams): void {
  console.log(`\n  Sign-in link for ${identifier} (EMAIL_SERVER is not set, so it is printed instead of sent):\n  ${url}\n`);
}
