// Where to send the user after sign-in. The value comes from the query string, so anyone can craft
// it: only same-origin targets pass, or a sign-in link could forward people to a phishing site.

import { HOME_FOR_SIGNED_IN } from "../edge/route-rules";

/** Where a sign-in goes when it was given no usable target: the signed-in home. */
export const DEFAULT_CALLBACK_URL = HOME_FOR_SIGNED_IN;

// Relative paths are resolved against a stand-in origin; only their path, search and hash are kept.
const PLACEHOLDER_ORIGIN = "http://placeholder.invalid";

function sameOriginUrl(raw: string, origins: readonly string[]): URL | undefined {
  try {
    if (raw.startsWith("/")) {
      // Browsers read "//host" and "/\host" as another host.
      if (raw[1] === "/" || raw[1] === "\\") return undefined;
      // The URL parser drops tabs and newlines, so "/\t/evil.example" still becomes "//evil.example":
      // judge the parsed origin, not the text.
      const url = new URL(raw, PLACEHOLDER_ORIGIN);
      return url.origin === PLACEHOLDER_ORIGIN ? url : undefined;
    }
    const url = new URL(raw);
    return origins.includes(url.origin) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** `raw` as a path (with search and hash) on this site, or undefined when it leads anywhere else. */
export function sameOriginPath(raw: string | null | undefined, origins: readonly string[]): string | undefined {
  const url = raw ? sameOriginUrl(raw, origins) : undefined;
  // Dot segments, %2e and a same-origin "https://site//evil.com" all resolve to a path that starts
  // with "//", which the browser would then read as another host: the returned path is what counts.
  if (!url || /^\/[/\\]/.test(url.pathname)) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * `raw` as a path (with search and hash) on this site, else DEFAULT_CALLBACK_URL. Accepts paths
 * starting with a single "/" and absolute URLs whose origin is one of `origins`.
 */
export const safeCallbackUrl = (raw: string | null | undefined, origins: readonly string[]): string =>
  sameOriginPath(raw, origins) ?? DEFAULT_CALLBACK_URL;
