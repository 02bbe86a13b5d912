// Sends the sign-in link by SMTP, or prints it to the terminal in development without EMAIL_SERVER.
import type { EmailConfig } from "next-auth/providers";
import { createTransport } from "nodemailer";

type SendParams = Parameters<EmailConfig["sendVerificationRequest"]>[0];

export async function sendMagicLink({ identifier, url, provider }: SendParams): Promise<void> {
  const { host } = new URL(url);
  const result = await createTransport(provider.server).sendMail({
    to: identifier,
    from: provider.from,
    subject: `Sign in to ${host}`,
    text: `Sign in to ${host} with this link:\n\n${url}\n\nIf you did not ask for it, ignore this email.\n`,
    html: `<p>Sign in to <strong>${host}</strong>:</p><p><a href="${url}">Sign in</a></p><p>If you did not ask for it, ignore this email.</p>`,
  });
  const failed = [...(result.rejected ?? []), ...(result.pending ?? [])];
  if (failed.length) throw new Error(`the sign-in email to ${failed.join(", ")} was not accepted by EMAIL_SERVER`);
}

export function printMagicLink({ identifier, url }: SendParams): void {
  console.log(`\n  Sign-in link for ${identifier} (EMAIL_SERVER is not set, so it is printed instead of sent):\n  ${url}\n`);
}
