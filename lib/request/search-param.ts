/** The first value of a search param as Next.js hands it to pages (absent, one, or repeated). */
export const firstParam = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;
