"use client";
import { useSyncExternalStore } from "react";

const noChanges = () => () => {};

/** A <time> whose hover text is the exact date in the browser's zone once live (the server's, in UTC, while hydrating). */
export function LocalTitle({ date, serverTitle, text }: { date: Date; serverTitle: string; text: string }) {
  const title = useSyncExternalStore(
    noChanges,
    () => new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date),
    () => serverTitle,
  );
  return (
    <time dateTime={date.toISOString()} title={title}>
      {text}
    </time>
  );
}
