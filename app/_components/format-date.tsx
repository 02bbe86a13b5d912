// The one way the app shows a date (account page, admin table): in the reader's language and time
// zone. The server knows the language (Accept-Language) but not the time zone, so it renders the
// date in UTC, and the browser re-renders it in its own zone once the page is live.
import { DAY, DAY_AND_TIME, type DateDetail } from "./date-detail";
import { LocalDate } from "./local-date";
import { readerLocale, utcDateText } from "./reader-locale";

async function DateInReadersLocale({ date, detail }: { date: Date; detail: DateDetail }) {
  return <LocalDate date={date} detail={detail} serverText={utcDateText(date, await readerLocale(), detail)} />;
}

/**
 * Use as `<time dateTime={date.toISOString()}>{formatDate(date)}</time>`. `withTime` adds the hour
 * and minute, where several dates of one day must be told apart (the devices list).
 */
export const formatDate = (date: Date, { withTime = false } = {}) => <DateInReadersLocale date={date} detail={withTime ? DAY_AND_TIME : DAY} />;
