// "5 minutes ago": how the security activity says when something happened (the exact time is on
// hover). English, as the rest of the app's sentences; Intl does the grammar.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400],
  ["month", 30 * 86_400],
  ["week", 7 * 86_400],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
];

const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** `date` relative to `now`, in the largest whole unit; under a minute is "just now". */
export function relativeTime(date: Date, now: Date): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    const whole = Math.trunc(seconds / size);
    if (whole !== 0) return format.format(whole, unit);
  }
  return "just now";
}
