import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildInputs, buildStamp } from "./app-build";

// A small git checkout shaped like the project.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-build-"));
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
};
write(".gitignore", "node_modules/\ngenerated/\n");
write("app/page.tsx", "export default function Page() {}\n");
write("e2e/page.spec.ts", "// a spec\n");
write("lib/rule.test.ts", "// a unit test\n");
write("README.md", "# readme\n");
write("generated/prisma/client.ts", "// generated\n");
write("node_modules/next/package.json", '{ "version": "16.4.5" }');
execFileSync("git", ["init", "-q"], { cwd: dir });

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const env = { AUTH_URL: "http://127.0.0.1:4100", EMAIL_FROM: "Bench <a@example.test>", HOME: "/root" };

describe("the benchmark's build reuse", () => {
  it("counts the app's files and the generated client as inputs, not tests, docs or tooling", () => {
    expect(buildInputs(dir)).toEqual(["app/page.tsx", "generated/prisma/client.ts"]);
  });

  it("keeps the stamp when only tests, a port or an unrelated variable changed", () => {
    const stamp = buildStamp(dir, env);
    write("e2e/page.spec.ts", "// another spec\n");
    expect(buildStamp(dir, { ...env, AUTH_URL: "http://127.0.0.1:4200", HOME: "/home/someone" })).toBe(stamp);
  });

  it("changes the stamp when an app file, a build setting or the Next.js version changed", () => {
    const stamp = buildStamp(dir, env);
    expect(buildStamp(dir, { ...env, EMAIL_FROM: "Other <b@example.test>" })).not.toBe(stamp);
    write("app/page.tsx", "export default function Page() { return null; }\n");
    const edited = buildStamp(dir, env);
    expect(edited).not.toBe(stamp);
    write("node_modules/next/package.json", '{ "version": "16.4.6" }');
    expect(buildStamp(dir, env)).not.toBe(edited);
  });
});
