// The one way the app shows a date (account page, admin table): in the reader's language and time
// zone. The server knows the language (Accept-Language) but not the time zone, so it renders the
// date in UTC, and the browser re-renders it in its own zone once the page is live.
import { headers } from "next/headers";
import { preferredLocale } from "@/lib/request/preferred-locale";
import { LocalDate } from "./local-date";

async function DateInReadersLocale({ date }: { date: Date }) {
  const locale = preferredLocale((await headers()).get("accept-language"));
  const serverText = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
  return <LocalDate date={date} serverText={serverText} />;
}

/** Use as `<time dateTime={date.toISOString()}>{formatDate(date)}</time>`. */
export const formatDate = (date: Date) => <DateInReadersLocale date={date} />;
