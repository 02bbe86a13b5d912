// What someone refused by a sign-in email limit reads: which limit, and when to try again. The
// per-client limit may be a budget the reader shares with others (one proxy address, or everyone
// where the server cannot tell clients apart: CLIENT_IP_HEADER=none, development), so its sentence
// blames no one and says nothing about how clients are counted: only when to try again, as the
// 429's Retry-After does. Under `npm run dev` the reader is the developer, who is also told the
// limit and the setting that raises it.
import { isDevelopment, setting, type SettingName } from "../env/settings";
import type { Env } from "../edge/env";

export type EmailLimitName = "address" | "client";

const SETTINGS: Record<EmailLimitName, SettingName> = { address: "EMAIL_LIMIT_PER_ADDRESS", client: "EMAIL_LIMIT_PER_CLIENT" };

const inMinutes = (seconds: number) => {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
};

/** For the developer only: the limit that refused, and what raises it. */
function developmentHint(limit: EmailLimitName, env?: Env): string {
  const name = SETTINGS[limit];
  const window = setting("EMAIL_LIMIT_WINDOW_MINUTES", env);
  const every = window === 1 ? "every minute" : `every ${window} minutes`;
  // `npm run dev` counts every visitor as one client (lib/request/client-address.ts).
  const what = limit === "address" ? "per address" : "in all";
  return ` (Development: ${setting(name, env)} sign-in emails ${what} ${every}; set ${name} in .env.local to raise it.)`;
}

export function emailLimitMessage(limit: EmailLimitName, retryAfterSeconds: number, env?: Env): string {
  const when = inMinutes(retryAfterSeconds);
  const sentence =
    limit === "address"
      ? `Several sign-in links were already sent to this address. Use the newest one in your inbox, or try again in ${when}.`
      : `Too many sign-in emails were asked for recently. Try again in ${when}.`;
  return isDevelopment(env) ? sentence + developmentHint(limit, env) : sentence;
}
