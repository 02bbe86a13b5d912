const production = process.env.NODE_ENV === "production";

// Sent with every response. HSTS only in production: on http://localhost it would be ignored at
// best, and on a dev domain with TLS it would pin browsers to HTTPS for two years. No `preload`:
// that asks browsers to hard-code HTTPS for every subdomain of whoever deploys this, a choice
// each site owner has to make for themselves (hstspreload.org).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets the e2e suite build into its own folder while `npm run dev` uses .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Bundling `ws` breaks its optional native helpers ("bufferUtil.mask is not a function").
  serverExternalPackages: ["ws"],
  // forbidden() from next/navigation: the only way for an App Router page to answer 403 (the
  // status of a middleware rewrite is not kept).
  // agentUpgrade: false and agentRules: false keep `next dev` (16.5) from writing an AGENTS.md (of
  // upgrade notes, of rules for coding agents) into every clone's working tree.
  experimental: { authInterrupts: true, agentUpgrade: false },
  agentRules: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
