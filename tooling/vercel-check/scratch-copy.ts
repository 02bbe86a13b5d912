// The repository as a fresh clone would have it, in a folder outside the checkout: the files git
// knows (tracked, and new ones not ignored), and the installed node_modules hard-linked in (the
// same bytes, no second 1 GB; copied where the temp folder is on another disk). Outside, because
// Next.js takes the topmost lockfile it finds as the workspace root, and a function laid out from
// it must not find the checkout's node_modules by walking up.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(source), target);
    else if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        fs.linkSync(source, target);
      } catch {
        fs.copyFileSync(source, target);
      }
    }
  }
}

export function scratchCopy(projectDir: string, into: string): void {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: projectDir, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    const source = path.join(projectDir, file);
    // Deleted in the work tree but not yet in git; or node_modules itself when it is a link
    // (`node_modules/` in .gitignore matches folders only): it is linked in below.
    if (!fs.existsSync(source) || file === "node_modules" || !fs.lstatSync(source).isFile()) continue;
    fs.mkdirSync(path.dirname(path.join(into, file)), { recursive: true });
    fs.copyFileSync(source, path.join(into, file));
  }
  const modules = path.join(projectDir, "node_modules");
  if (!fs.existsSync(modules)) throw new Error("node_modules is missing: run `npm ci` first");
  linkTree(modules, path.join(into, "node_modules"));
}
