// Mails about the account itself (an email change, a new device), through the same transport as the
// sign-in links (EMAIL_SERVER, EMAIL_FROM): in development without EMAIL_SERVER they are printed to
// the terminal instead, and in production without it they cannot go out (the caller says so).
import type { EmailConfig } from "next-auth/providers";
import { createTransport } from "nodemailer";
import type { Env } from "../edge/env";
import { isProduction, mailSettings } from "../env/settings";

export type AccountMail = { to: string; subject: string; text: string };

/** Sends one message by SMTP and throws unless the server accepted every recipient. */
/** EMAIL_SERVER as the email provider holds it: a URL, or nodemailer's transport options. */
type MailServer = EmailConfig["server"];

export async function deliverMail(server: MailServer, message: AccountMail & { from?: string; html?: string }): Promise<void> {
  const result = await createTransport(server).sendMail(message);
  const failed = [...(result.rejected ?? []), ...(result.pending ?? [])];
  if (failed.length) throw new Error(`the email to ${failed.join(", ")} was not accepted by EMAIL_SERVER`);
}

/** Whether account mails can reach anyone here (sent, or printed in development). */
export const canSendAccountMail = (env?: Env): boolean => Boolean(mailSettings(env).server) || !isProduction(env);

/** Sends `mail`, or prints it in development without EMAIL_SERVER; throws when it was not accepted. */
export async function sendAccountMail(mail: AccountMail, env?: Env): Promise<void> {
  const { server, from } = mailSettings(env);
  if (server) return deliverMail(server, { ...mail, from });
  if (!canSendAccountMail(env)) throw new Error("EMAIL_SERVER is not set: account emails cannot be sent");
  console.log(`\n  Email to ${mail.to} (EMAIL_SERVER is not set, so it is printed instead of sent)\n  Subject: ${mail.subject}\n\n${mail.text.replace(/^/gm, "  ")}\n`);
}
