// What `npm run dev` passes to `next dev`: the person's own arguments, and this machine only unless
// they name a hostname. Next's default is every interface, which shows the dev server (its error
// overlay with source and file paths, the dev database's pages) to anyone on the same network.
export const LOOPBACK_HOST = "127.0.0.1";

export function nextDevArgs(args: readonly string[]): string[] {
  const hostGiven = args.some((arg) => arg === "-H" || arg === "--hostname" || arg.startsWith("--hostname=") || /^-H./.test(arg));
  return hostGiven ? [...args] : ["--hostname", LOOPBACK_HOST, ...args];
}
