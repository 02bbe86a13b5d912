// The functions in a Build Output API tree (.vercel/output/functions): each `<route>.func` folder
// with its .vc-config.json. Vercel's builder writes one folder per group of routes that share their
// files and links every other route's `.func` to it, so a function is listed once, with its routes.
import fs from "node:fs";
import path from "node:path";

export type VcConfig = { runtime?: string; handler?: string; entrypoint?: string; filePathMap?: Record<string, string> };

export type VercelFunction = {
  /** The folder's path under functions/, without `.func`: "middleware", "api/admin/users". */
  name: string;
  dir: string;
  config: VcConfig;
  /** Request paths it serves ("/api/health"), its own and its links', without the `.rsc` twins. */
  routes: string[];
};

const routeOf = (name: string) => (name === "index" ? "/" : `/${name.replace(/(^|\/)index$/, "")}`);

export function vercelFunctions(outputDir: string): VercelFunction[] {
  const root = path.join(outputDir, "functions");
  if (!fs.existsSync(root)) return [];
  const byDir = new Map<string, VercelFunction>();
  const links: { route: string; target: string }[] = [];
  for (const entry of fs.readdirSync(root, { recursive: true, encoding: "utf8" })) {
    if (!entry.endsWith(".func")) continue;
    const full = path.join(root, entry);
    const name = entry.slice(0, -".func".length).split(path.sep).join("/");
    const route = name.endsWith(".rsc") ? undefined : routeOf(name);
    if (fs.lstatSync(full).isSymbolicLink()) {
      if (route) links.push({ route, target: fs.realpathSync(full) });
      continue;
    }
    const config = JSON.parse(fs.readFileSync(path.join(full, ".vc-config.json"), "utf8")) as VcConfig;
    byDir.set(fs.realpathSync(full), { name, dir: full, config, routes: route ? [route] : [] });
  }
  for (const { route, target } of links) byDir.get(target)?.routes.push(route);
  return [...byDir.values()].sort((a, b) => a.name.localeCompare(b.name));
}
