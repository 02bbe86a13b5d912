// "5 minutes ago", "yesterday", "in 2 hours": a date's distance from now in the reader's language
// (Intl.RelativeTimeFormat), in the largest unit that fits, rounded down.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400],
  ["month", 30 * 86_400],
  ["week", 7 * 86_400],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
];

export function relativeTimeText(date: Date, now: Date, locale?: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const seconds = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of UNITS) {
    const count = Math.trunc(seconds / size);
    if (count !== 0) return format.format(count, unit);
  }
  // Under a minute: "now".
  return format.format(0, "second");
}
