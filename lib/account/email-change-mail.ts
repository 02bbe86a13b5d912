// The two emails of an email change: the link, to the new address (whoever opens it there proves the
// inbox is theirs), and the notice, to the old one (the account's owner learns of a change they did
// not ask for while there is still time to act).
import type { AccountMail } from "../auth/account-mail";

export const CONFIRM_SUBJECT = "Confirm your new email address";
export const NOTICE_SUBJECT = "Your email address is being changed";

export function confirmEmailChangeMail(change: { to: string; link: string; minutes: number }): AccountMail {
  return {
    to: change.to,
    subject: CONFIRM_SUBJECT,
    text:
      `Open this link, signed in to your account, within ${change.minutes} minutes to make ${change.to} its email address:\n\n${change.link}\n\n` +
      `If you did not ask for it, ignore this email: nothing changes.\n`,
  };
}

export function emailChangeNoticeMail(change: { to: string; newAddress: string; accountUrl: string }): AccountMail {
  return {
    to: change.to,
    subject: NOTICE_SUBJECT,
    text:
      `Someone signed in to your account asked to change its email address to ${change.newAddress}. ` +
      `It changes only if the link sent there is opened.\n\n` +
      `If it was not you, sign in, sign out the devices you do not recognise, and remove any way in you did not add:\n\n${change.accountUrl}\n`,
  };
}
