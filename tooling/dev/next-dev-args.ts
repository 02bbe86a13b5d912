// What `npm run dev` passes to `next dev`: the person's own arguments, and this machine only unless
// they name a hostname. Next's default is every interface, which shows the dev server (its error
// overlay with source and file paths, the dev database's pages) to anyone on the same network.
// "localhost", not "127.0.0.1": Next.js writes every loopback host as localhost in the URLs it gives
// the app (NextURL, next/dist/server/web/next-url.js), so Auth.js and the middleware build their
// links and redirects on http://localhost:3000. Served as http://127.0.0.1:3000 (the URL `next dev`
// prints for that host), a sign-in started there ended at localhost, where its cookie is not.
export const LOOPBACK_HOST = "localhost";

export function nextDevArgs(args: readonly string[]): string[] {
  const hostGiven = args.some((arg) => arg === "-H" || arg === "--hostname" || arg.startsWith("--hostname=") || /^-H./.test(arg));
  return hostGiven ? [...args] : ["--hostname", LOOPBACK_HOST, ...args];
}
