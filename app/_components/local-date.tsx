"use client";
import { useSyncExternalStore } from "react";

const noChanges = () => () => {};

/** The server's text while hydrating (no mismatch), then the browser's language and time zone. */
export function LocalDate({ date, serverText }: { date: Date; serverText: string }) {
  return useSyncExternalStore(
    noChanges,
    () => new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(date),
    () => serverText,
  );
}
