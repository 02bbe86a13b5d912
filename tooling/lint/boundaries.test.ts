// The import rules of eslint.config.mjs, run by ESLint itself on planted snippets: the edge
// boundary refuses what would pull Node-only code into the middleware, and lets through what
// edge code really imports.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
const eslint = new ESLint({ cwd: root });

/** The no-restricted-imports messages ESLint reports for `code` as if it were the file `file`. */
async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

describe("the edge boundary", () => {
  it("refuses an edge module that imports prisma.ts", async () => {
    const errors = await importErrors("lib/edge/planted.ts", 'import { prisma } from "@/prisma";\nexport const count = () => prisma.user.count();\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^'@\/prisma' import is restricted .* Edge code \(middleware\.ts, auth\.config\.ts, lib\/edge\/\) may import only lib\/edge\//);
  });

  it("refuses the same through a relative path, from auth.config.ts and middleware.ts", async () => {
    expect(await importErrors("auth.config.ts", 'import { prisma } from "./prisma";\nvoid prisma;\n')).toHaveLength(1);
    expect(await importErrors("middleware.ts", 'import { auth } from "./auth";\nexport default auth;\n')).toHaveLength(1);
    expect(await importErrors("lib/edge/planted.ts", 'import { authAdapter } from "../auth/adapter";\nvoid authAdapter;\n')).toHaveLength(1);
  });

  it("refuses Node-only packages and the providers that need the database", async () => {
    for (const source of ["@neondatabase/serverless", "ws", "node:crypto", "next-auth/providers/nodemailer", "next-auth/providers/passkey", "next/headers"]) {
      expect(await importErrors("lib/edge/planted.ts", `import x from "${source}";\nvoid x;\n`), source).toHaveLength(1);
    }
  });

  it("lets through the edge folder, next/server, next-auth's edge-safe parts, the JWT decryption and type-only imports", async () => {
    const code = [
      'import NextAuth from "next-auth";',
      'import { decode } from "next-auth/jwt";',
      'import { jwtDecrypt } from "jose";',
      'import { hkdf } from "@panva/hkdf";',
      'import GitHub from "next-auth/providers/github";',
      'import type { Provider } from "next-auth/providers";',
      'import { NextResponse } from "next/server";',
      'import { decide } from "./route-rules";',
      'import type { PrismaClient } from "../../generated/prisma/client";',
      "export const all = [NextAuth, decode, jwtDecrypt, hkdf, GitHub, NextResponse, decide] as unknown as [Provider, PrismaClient];",
      "",
    ].join("\n");
    expect(await importErrors("lib/edge/planted.ts", code)).toEqual([]);
    expect(await importErrors("auth.config.ts", 'import { decide } from "./lib/edge/route-rules";\nvoid decide;\n')).toEqual([]);
  });
});

describe("the tooling boundary", () => {
  it("refuses app and lib code that imports dev, test or build tooling", async () => {
    expect(await importErrors("app/planted/page.tsx", 'import { portIsFree } from "@/tooling/local-db/ports";\nvoid portIsFree;\n')).toHaveLength(1);
    expect(await importErrors("lib/auth/planted.ts", 'import { migrate } from "../../tooling/local-db/migrate";\nvoid migrate;\n')).toHaveLength(1);
    expect(await importErrors("prisma.ts", 'import { startLocalDatabase } from "./tooling/local-db/local-database";\nvoid startLocalDatabase;\n')).toHaveLength(1);
  });

  it("lets scripts, tests and the e2e harness use it", async () => {
    expect(await importErrors("scripts/planted.ts", 'import { portIsFree } from "../tooling/local-db/ports";\nvoid portIsFree;\n')).toEqual([]);
    expect(await importErrors("lib/auth/planted.test.ts", 'import { scratchDatabase } from "../../tooling/vitest/scratch-database";\nvoid scratchDatabase;\n')).toEqual([]);
  });

  it("lets e2e/ reach tooling only through tooling/harness/, and tooling/ never e2e/", async () => {
    expect(await importErrors("e2e/planted.spec.ts", 'import { migrate } from "../tooling/local-db/migrate";\nvoid migrate;\n')).toHaveLength(1);
    expect(await importErrors("e2e/support/planted.ts", 'import { migrate } from "../../tooling/harness/tools";\nvoid migrate;\n')).toEqual([]);
    expect(await importErrors("tooling/dev/planted.ts", 'import { addVirtualAuthenticator } from "../../e2e/support/passkeys";\nvoid addVirtualAuthenticator;\n')).toHaveLength(1);
  });
});
