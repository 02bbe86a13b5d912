// What someone refused by a sign-in email limit reads: which limit, and when to try again.

export type EmailLimitName = "address" | "client";

const inMinutes = (seconds: number) => {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
};

export function emailLimitMessage(limit: EmailLimitName, retryAfterSeconds: number): string {
  const when = inMinutes(retryAfterSeconds);
  return limit === "address"
    ? `Several sign-in links were already sent to this address. Use the newest one in your inbox, or try again in ${when}.`
    : `Too many sign-in emails were asked for from your network. Try again in ${when}.`;
}
