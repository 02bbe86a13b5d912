// The origins this request may have been made to: the configured AUTH_URL, and the one the
// browser used (Host and X-Forwarded-* headers). Auth.js builds callback URLs from the former
// when it is set, and from the latter otherwise.
import { headers } from "next/headers";

// Proxies may list several hops, nearest last; the first is the one the browser used.
const first = (value: string | null) => value?.split(",")[0]?.trim() || undefined;

const originOf = (url: string | undefined) => {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

export async function requestOrigins(): Promise<string[]> {
  const h = await headers();
  const host = first(h.get("x-forwarded-host")) ?? first(h.get("host"));
  const proto = first(h.get("x-forwarded-proto")) ?? "http";
  const origins = [process.env.AUTH_URL, host && `${proto}://${host}`].map(originOf);
  return [...new Set(origins.filter((origin) => origin !== undefined))];
}
