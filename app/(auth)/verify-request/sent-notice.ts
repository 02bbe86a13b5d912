// Which address the check-your-email page names, carried in its URL as a token only this server can
// make (Auth.js's JWT encryption, under the app's secrets): it is minted after a link was really sent,
// so a crafted link cannot make the page claim one went to an address of the attacker's choosing.
// Its resend posts the token back, and the address goes through the first send's path and limits.
import { decode, encode } from "next-auth/jwt";
import { authSecrets } from "@/lib/env/settings";
import { NOTICE_PARAM } from "./sent-notice-param";

const PAGE = "/verify-request";
/** Sets the key apart from the session cookie's (Auth.js derives it from secret + salt). */
const SALT = "verify-request-notice";
/** Long enough to wait for a slow mail; the page then falls back to not naming the address. */
const MAX_AGE_SECONDS = 60 * 60;

export type SentNotice = { email: string; callbackUrl: string };

function secrets(): string[] {
  const all = authSecrets();
  // Auth.js refused to start without one, so a send cannot have happened.
  if (!all) throw new Error("AUTH_SECRET is not set: run `npm run secret` and put it in .env.local");
  return all;
}

/** The check-your-email page naming `email`, for after a link to it was sent. */
export async function sentNoticePage(notice: SentNotice): Promise<string> {
  const [newest] = secrets();
  const token = await encode({ token: { ...notice }, secret: newest as string, salt: SALT, maxAge: MAX_AGE_SECONDS });
  return `${PAGE}?${new URLSearchParams({ [NOTICE_PARAM]: token })}`;
}

/** The notice a token holds, or undefined for anything this server did not make recently. */
export async function readSentNotice(token: string | undefined): Promise<SentNotice | undefined> {
  if (!token) return undefined;
  try {
    const claims = await decode({ token, secret: secrets(), salt: SALT });
    const { email, callbackUrl } = claims ?? {};
    return typeof email === "string" && typeof callbackUrl === "string" ? { email, callbackUrl } : undefined;
  } catch {
    // Not ours, altered, or expired: the page says nothing about an address.
    return undefined;
  }
}
