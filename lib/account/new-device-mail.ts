// The "New sign-in to your account" email: what signed in, how and when, and where to sign it out.
import type { AccountMail } from "../auth/account-mail";

export const NEW_DEVICE_SUBJECT = "New sign-in to your account";

export function newDeviceMail(signIn: { to: string; device: string; method?: string; at: Date; accountUrl: string }): AccountMail {
  const how = signIn.method ? ` with ${signIn.method}` : "";
  return {
    to: signIn.to,
    subject: NEW_DEVICE_SUBJECT,
    text:
      `Someone signed in to your account from a device not seen before: ${signIn.device}${how}, at ${signIn.at.toUTCString()}.\n\n` +
      `If it was you, there is nothing to do. If not, review your devices and sign it out here, then remove any way in you do not recognise:\n\n` +
      `${signIn.accountUrl}\n`,
  };
}
