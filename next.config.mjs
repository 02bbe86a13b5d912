/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets the e2e suite build into its own folder while `npm run dev` uses .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Bundling `ws` breaks its optional native helpers ("bufferUtil.mask is not a function").
  serverExternalPackages: ["ws"],
};

export default nextConfig;
