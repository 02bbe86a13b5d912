// An older Node stops both ways in before anything runs on it: `npm install` (`.npmrc`'s
// engine-strict against package.json's `engines`) and `npm run dev` (its predev, require-node.mjs).
// Run with a Node of another major from this machine (Debian's own Node 20 here and on CI); npm 11
// dropped `--node-version`, so without such a Node these cases are skipped, saying so.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const line = fs.readFileSync(path.join(root, ".nvmrc"), "utf8").trim();

const majorOf = (node: string): string | undefined => {
  const run = spawnSync(node, ["-p", "process.versions.node.split('.')[0]"], { encoding: "utf8" });
  return run.status === 0 ? run.stdout.trim() : undefined;
};

/** A Node binary of another major than .nvmrc's, from the usual places, if the machine has one. */
function otherNode(): { file: string; major: string } | undefined {
  const onPath = (process.env.PATH ?? "").split(path.delimiter).map((dir) => path.join(dir, "node"));
  for (const file of new Set(["/usr/bin/node", "/usr/local/bin/node", ...onPath])) {
    const major = fs.existsSync(file) ? majorOf(file) : undefined;
    if (major && major !== line) return { file, major };
  }
  return undefined;
}

/**
 * `npm install` with that Node's npm, in a scratch copy of the manifest, lockfile and .npmrc, with an
 * empty cache: a real install (no --dry-run), so a missing stop shows as a download and a node_modules.
 */
function installWith(node: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "node-line-"));
  try {
    for (const file of ["package.json", "package-lock.json", ".npmrc"]) fs.copyFileSync(path.join(root, file), path.join(dir, file));
    const npmCli = path.join(path.dirname(node), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js");
    const npm = fs.existsSync(npmCli) ? [node, npmCli] : ["npm"];
    const cache = path.join(dir, ".cache");
    const run = spawnSync(npm[0]!, [...npm.slice(1), "install", "--ignore-scripts", "--no-audit", "--no-fund", "--cache", cache], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ""}` },
      timeout: 50_000,
    });
    const downloaded = fs.existsSync(path.join(cache, "_cacache", "content-v2"));
    return { status: run.status, output: `${run.stdout}${run.stderr}`, downloaded, installed: fs.existsSync(path.join(dir, "node_modules")) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe(`the Node line (.nvmrc: ${line})`, () => {
  it("package.json's engines names the same line, and .npmrc makes npm enforce it", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { engines?: { node?: string } };
    expect(manifest.engines?.node).toBe(`${line}.x`);
    expect(fs.readFileSync(path.join(root, ".npmrc"), "utf8")).toMatch(/^engine-strict=true$/m);
  });

  const older = otherNode();
  const other = older ? `Node ${older.major} (${older.file})` : "another Node (none on this machine)";
  it.skipIf(!older)(`on ${other}, npm install stops at npm's engine check, before downloading anything`, () => {
    const install = installWith(older!.file);
    expect(install.output).toContain("EBADENGINE");
    expect(install.output).toContain(`Required: {"node":"${line}.x"}`);
    expect(install).toMatchObject({ downloaded: false, installed: false });
    expect(install.status).not.toBe(0);
  });

  it.skipIf(!older)(`on ${other}, npm run dev's first step stops with one line naming Node ${line}`, () => {
    const dev = spawnSync(older!.file, [path.join(root, "scripts", "require-node.mjs")], { encoding: "utf8" });
    expect(dev.status).toBe(1);
    expect(dev.stdout).toBe("");
    const lines = dev.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^✖ this project runs on Node ${line}, this is Node \\d+\\.\\d+\\.\\d+: install Node ${line} `));
  });

  it("the current Node passes require-node.mjs silently", () => {
    const run = spawnSync(process.execPath, [path.join(root, "scripts", "require-node.mjs")], { encoding: "utf8" });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
  });
});
