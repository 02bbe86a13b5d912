// The "New sign-in to your account" email, for a sign-in its statement found to deserve one (a device
// this user has not signed in with before, under the hourly limit: lib/account/sign-in-entry.ts). The mail
// goes out after the response (Next's after()), so it neither slows the sign-in nor fails it: a mail
// that cannot be sent is logged, and the person is signed in all the same.
import { after } from "next/server";
import { headers } from "next/headers";
import { newDeviceMail } from "../account/new-device-mail";
import { signInMethodLabel } from "../account/sign-in-method-label";
import { ACCOUNT_PAGE } from "../edge/route-rules";
import { originsOf } from "../request/request-origin";
import { canSendAccountMail, sendAccountMail } from "./account-mail";

/** The request's headers (for the client's address and the mail's link), or none outside a request. */
export async function requestHeaders(): Promise<Headers | undefined> {
  try {
    return await headers();
  } catch {
    // Outside a request (a script calling Auth.js): no client, and no response to send after.
    return undefined;
  }
}

export function noteSignIn(signIn: {
  userId: string;
  email?: string | null;
  method?: string;
  device: string;
  now: Date;
  alert: boolean;
  headers: Headers | undefined;
}): void {
  const { userId, email, method, device, now, alert, headers: request } = signIn;
  if (!alert || !email || !request || !canSendAccountMail()) return;
  const origin = originsOf(request)[0];
  if (!origin) return;
  const mail = newDeviceMail({ to: email, device, method: signInMethodLabel(method), at: now, accountUrl: `${origin}${ACCOUNT_PAGE}#devices` });
  after(() =>
    sendAccountMail(mail).catch((error: unknown) => {
      console.error(`new-device email: not sent to user ${userId}:`, error instanceof Error ? error.message : error);
    }),
  );
}
