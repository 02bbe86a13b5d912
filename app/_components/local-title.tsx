"use client";
import { DAY_AND_TIME } from "./date-detail";
import { useLocalDateText } from "./local-date";

/** A <time> whose hover text is the exact date in the browser's zone once live (the server's, in UTC, while hydrating). */
export function LocalTitle({ date, serverTitle, text }: { date: Date; serverTitle: string; text: string }) {
  return (
    <time dateTime={date.toISOString()} title={useLocalDateText(date, DAY_AND_TIME, serverTitle)}>
      {text}
    </time>
  );
}
