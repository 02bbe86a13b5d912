// "5 minutes ago" with the exact date and time on hover: how the devices list says when. The server
// renders both in the reader's language, the exact time in UTC; the browser then shows the exact
// time in its own zone (LocalDate's approach), and the distance as of the page's rendering.
import { headers } from "next/headers";
import { preferredLocale } from "@/lib/request/preferred-locale";
import { LocalTitle } from "./local-title";
import { relativeTimeText } from "./relative-time-text";

const EXACT: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };

export async function RelativeTime({ date, now }: { date: Date; now: Date }) {
  const locale = preferredLocale((await headers()).get("accept-language"));
  // dateStyle/timeStyle admit no timeZoneName: the zone is said after the time.
  const serverTitle = `${new Intl.DateTimeFormat(locale, { ...EXACT, timeZone: "UTC" }).format(date)} UTC`;
  return <LocalTitle date={date} serverTitle={serverTitle} text={relativeTimeText(date, now, locale)} />;
}
