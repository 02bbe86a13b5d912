// Who is asking, as far as this server can tell: the key the per-client sign-in email limit counts
// under. Next.js's own server keeps an X-Forwarded-For the client sent and adds the socket address
// only when there is none, so no header can be believed unless a proxy in front is known to write it:
// Vercel's edge (x-vercel-forwarded-for), or the header named by CLIENT_IP_HEADER. Without one
// (CLIENT_IP_HEADER=none, or development), every request is the same client, so a forged header never
// buys a fresh budget.
import ipaddr from "ipaddr.js";
import type { Env } from "../edge/env";
import { clientIpHeader, NO_CLIENT_HEADER, onVercel } from "../env/settings";

/** The shared key of requests whose client cannot be told apart. */
export const UNIDENTIFIED_CLIENT = "unidentified";

/** The header whose value a trusted proxy writes, or undefined where none is declared. */
function trustedClientHeader(env?: Env): string | undefined {
  const header = clientIpHeader(env);
  if (header === NO_CLIENT_HEADER) return undefined;
  if (header) return header.toLowerCase();
  if (onVercel(env)) return "x-vercel-forwarded-for";
  return undefined;
}

// Some proxies add the client's port: "203.0.113.7:51234", "[2001:db8::1]:51234".
const withoutPort = (value: string) => value.match(/^\[([^\]]+)\](?::\d+)?$/)?.[1] ?? value.match(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/)?.[1] ?? value;

/**
 * One key per client address: an IPv4 address, or an IPv6 /64 (one subscriber usually holds a whole
 * /64, and counting single IPv6 addresses would give them 2^64 budgets). undefined when not an address.
 */
export function addressKey(value: string): string | undefined {
  const candidate = withoutPort(value.trim());
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  if (ipaddr.IPv4.isValidFourPartDecimal(candidate)) address = ipaddr.IPv4.parse(candidate);
  else if (ipaddr.IPv6.isValid(candidate)) address = ipaddr.process(candidate);
  else return undefined;
  if (address.kind() === "ipv4") return `ipv4:${address.toString()}`;
  const prefix = ipaddr.IPv6.networkAddressFromCIDR(`${address.toNormalizedString()}/64`);
  return `ipv6:${prefix.toString()}/64`;
}

/**
 * The client's key for a request with these headers. A proxy appends the address it saw to a list
 * (X-Forwarded-For): the last entry is the trusted proxy's own; earlier ones are the client's to write.
 */
export function clientKey(headers: Headers, env?: Env): string {
  const nearest = trustedEntry(headers, env);
  return (nearest && addressKey(nearest)) || UNIDENTIFIED_CLIENT;
}

/** The last entry of the trusted proxy's header, as written; undefined where no proxy is trusted. */
function trustedEntry(headers: Headers, env?: Env): string | undefined {
  const header = trustedClientHeader(env);
  return (header ? headers.get(header) : null)?.split(",").at(-1)?.trim() || undefined;
}

/** The client's address as a trusted proxy names it (for the security log), or undefined. */
export function clientAddress(headers: Headers, env?: Env): string | undefined {
  const nearest = trustedEntry(headers, env);
  return nearest && addressKey(nearest) ? withoutPort(nearest) : undefined;
}
