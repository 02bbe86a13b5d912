// The reader's language, and a date formatter for it, made once per request (React's cache): a page
// lists dozens of dates (the admin table, the security activity), and making an Intl.DateTimeFormat
// costs far more than formatting with one.
import { headers } from "next/headers";
import { cache } from "react";
import { preferredLocale } from "@/lib/request/preferred-locale";
import type { DateDetail } from "./date-detail";

export const readerLocale = cache(async (): Promise<string> => preferredLocale((await headers()).get("accept-language")));

// Keyed by the styles themselves: React's cache compares arguments by identity.
const utcFormat = cache(
  (locale: string, dateStyle: DateDetail["dateStyle"], timeStyle: DateDetail["timeStyle"]): Intl.DateTimeFormat =>
    new Intl.DateTimeFormat(locale, { dateStyle, timeStyle, timeZone: "UTC" }),
);

/** `date` as the reader writes it, in UTC: the server does not know the reader's time zone. */
export const utcDateText = (date: Date, locale: string, { dateStyle, timeStyle }: DateDetail): string => utcFormat(locale, dateStyle, timeStyle).format(date);
