// The origins this request may have been made to: the configured AUTH_URL, and the one the
// browser used. Auth.js builds callback URLs from the former when it is set, and from the latter
// otherwise. X-Forwarded-Host/-Proto are believed only where a proxy is known to set them
// (AUTH_TRUST_HOST, or Vercel): anywhere else any client can send them.
import { headers } from "next/headers";
import type { Env } from "../edge/env";
import { siteUrl, trustsForwardedHost } from "../env/settings";

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

/** The origins for a request with these headers, under this environment (the process's when not given). */
export function originsOf(h: Headers, env?: Env): string[] {
  const forwarded = trustsForwardedHost(env);
  const host = (forwarded ? first(h.get("x-forwarded-host")) : undefined) ?? first(h.get("host"));
  const proto = (forwarded ? first(h.get("x-forwarded-proto")) : undefined) ?? "http";
  const origins = [siteUrl(env)?.origin, originOf(host && `${proto}://${host}`)];
  return [...new Set(origins.filter((origin) => origin !== undefined))];
}

/** The origins of the request being handled (server components and actions). */
export const requestOrigins = async (): Promise<string[]> => originsOf(await headers());
