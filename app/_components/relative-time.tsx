// "5 minutes ago" with the exact date and time on hover: how the devices list says when. The server
// renders both in the reader's language, the exact time in UTC; the browser then shows the exact
// time in its own zone (LocalDate's approach), and the distance as of the page's rendering.
import { DAY_AND_TIME } from "./date-detail";
import { LocalTitle } from "./local-title";
import { readerLocale, utcDateText } from "./reader-locale";
import { relativeTimeText } from "./relative-time-text";

export async function RelativeTime({ date, now }: { date: Date; now: Date }) {
  const locale = await readerLocale();
  // dateStyle/timeStyle admit no timeZoneName: the zone is said after the time.
  const serverTitle = `${utcDateText(date, locale, DAY_AND_TIME)} UTC`;
  return <LocalTitle date={date} serverTitle={serverTitle} text={relativeTimeText(date, now, locale)} />;
}
