"use client";
import { useSyncExternalStore } from "react";
import type { DateDetail } from "./date-detail";

const noChanges = () => () => {};

/** The server's text while hydrating (no mismatch), then the date in the browser's language and time zone. */
export const useLocalDateText = (date: Date, detail: DateDetail, serverText: string): string =>
  useSyncExternalStore(
    noChanges,
    () => new Intl.DateTimeFormat(undefined, detail).format(date),
    () => serverText,
  );

export function LocalDate({ date, detail, serverText }: { date: Date; detail: DateDetail; serverText: string }) {
  return useLocalDateText(date, detail, serverText);
}
