// Dates on the account page. The page renders on the server, which does not know the reader's
// time zone: dates are given in UTC, the same on every server, with the exact time in dateTime.
const format = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export const formatDate = (date: Date) => format.format(date);
