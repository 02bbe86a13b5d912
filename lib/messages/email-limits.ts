// What someone refused by a sign-in email limit reads: which limit, and when to try again. The
// per-client limit may be a budget the reader shares with others (one proxy address, or everyone
// where the server cannot tell clients apart: CLIENT_IP_HEADER=none, development), so its sentence
// blames no one and says nothing about how clients are counted: only when to try again, as the
// 429's Retry-After does.

export type EmailLimitName = "address" | "client";

const inMinutes = (seconds: number) => {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
};

export function emailLimitMessage(limit: EmailLimitName, retryAfterSeconds: number): string {
  const when = inMinutes(retryAfterSeconds);
  return limit === "address"
    ? `Several sign-in links were already sent to this address. Use the newest one in your inbox, or try again in ${when}.`
    : `Too many sign-in emails were asked for recently. Try again in ${when}.`;
}
