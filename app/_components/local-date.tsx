"use client";
import { useSyncExternalStore } from "react";

/** How much of a date to show, as Intl.DateTimeFormat's styles. */
export type DateDetail = Pick<Intl.DateTimeFormatOptions, "dateStyle" | "timeStyle">;

const noChanges = () => () => {};

/** The server's text while hydrating (no mismatch), then the browser's language and time zone. */
export function LocalDate({ date, detail, serverText }: { date: Date; detail: DateDetail; serverText: string }) {
  return useSyncExternalStore(
    noChanges,
    () => new Intl.DateTimeFormat(undefined, detail).format(date),
    () => serverText,
  );
}
