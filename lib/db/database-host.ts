// What kind of database host a connection string points at. Imports nothing, so lib/env/checks.ts can use
// it without pulling a driver into every place that validates the environment.

// Accepts a bare hostname or a whole URL such as a DATABASE_URL. postgres:// is not a scheme the
// URL parser knows, so it leaves the host's case alone: lowercase it here.
function hostnameOf(hostnameOrUrl: string): string {
  if (!hostnameOrUrl.includes("://")) return hostnameOrUrl.toLowerCase();
  try {
    return new URL(hostnameOrUrl).hostname.toLowerCase();
  } catch {
    return "";
  }
}

export function isNeonHost(hostnameOrUrl: string): boolean {
  const host = hostnameOf(hostnameOrUrl);
  return host.endsWith(".neon.tech") || host.endsWith(".neon.build");
}

/**
 * This machine, and only this machine. "[::1]" is listed because URL.hostname keeps the brackets
 * of an IPv6 address.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === "localhost" || host === "::1" || host === "[::1]") return true;
  const octets = host.match(/^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/)?.slice(1);
  return octets !== undefined && octets.every((octet) => Number(octet) <= 255);
}
