// How much of a date the app shows, as Intl.DateTimeFormat's styles: shared by the server's text
// and the browser's, so both say the same thing.
export type DateDetail = Pick<Intl.DateTimeFormatOptions, "dateStyle" | "timeStyle">;

export const DAY: DateDetail = { dateStyle: "medium" };
/** Where several dates of one day must be told apart (the devices list). */
export const DAY_AND_TIME: DateDetail = { dateStyle: "medium", timeStyle: "short" };
