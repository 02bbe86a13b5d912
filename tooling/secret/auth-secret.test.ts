import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import nextEnv from "@next/env";
import { describe, expect, it } from "vitest";
import { envProblems } from "../../lib/env/checks";
import { newAuthSecret } from "./auth-secret";

const root = path.resolve(import.meta.dirname, "../..");

describe("newAuthSecret", () => {
  it("is 32 random bytes in base64url", () => {
    const secret = newAuthSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret, "base64url")).toHaveLength(32);
    expect(newAuthSecret()).not.toBe(secret);
  });
});

describe("npm run secret", () => {
  it("prints one AUTH_SECRET line that Next.js reads back whole and the startup check accepts", () => {
    const printed = execFileSync("npm", ["run", "--silent", "secret"], { cwd: root, encoding: "utf8" });
    expect(printed).toMatch(/^AUTH_SECRET=[A-Za-z0-9_-]{43}\n$/);

    // Pasted into an env file and read the way `next start` reads .env.local (same parser; under
    // Vitest NODE_ENV is "test", where Next.js skips .env.local, so the file is .env here).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "auth-secret-"));
    try {
      fs.writeFileSync(path.join(dir, ".env"), printed);
      const { parsedEnv } = nextEnv.loadEnvConfig(dir, false, { info: () => {}, error: console.error }, true);
      expect(parsedEnv?.AUTH_SECRET).toBe(printed.trim().slice("AUTH_SECRET=".length));
      expect(envProblems({ AUTH_SECRET: parsedEnv?.AUTH_SECRET }).filter((p) => p.startsWith("AUTH_SECRET"))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
