// `npm run screenshots`: the README's pictures (docs/signin.png, docs/account.png), taken from the
// app exactly as a newcomer's `npm run dev` shows it: email links printed in the terminal, passkeys,
// and no OAuth provider. It runs on its own: a throwaway PostgreSQL on free ports, its own Next.js
// folder, no .env.local, so neither a running `npm run dev` nor your own settings show up in them.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "@playwright/test";
import { addVirtualAuthenticator } from "../e2e/support/passkeys";
import { signInMethods } from "../lib/edge/sign-in-methods";
import { startLocalDatabase } from "../tooling/local-db/local-database";
import { freePorts } from "../tooling/local-db/ports";

const root = path.resolve(import.meta.dirname, "..");
const docs = path.join(root, "docs");
const VIEWPORT = { width: 1280, height: 800 };
const EMAIL = "ada@example.com";
const READY_MS = 120_000;
// Next's development badge is not part of the app.
const HIDE_DEV_BADGE = "nextjs-portal { display: none !important; }";

const [pgPort, bridgePort, appPort] = (await freePorts(3)) as [number, number, number];
const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "readme-screens-"));
// As root, PostgreSQL runs as the `postgres` user, which must reach its data dir inside.
fs.chmodSync(stateDir, 0o755);
const db = await startLocalDatabase({
  postgres: { dataDir: path.join(stateDir, "pg"), port: pgPort, database: "app", portSetting: "(a free port)" },
  bridge: { port: bridgePort, portSetting: "(a free port)", targets: "database" },
  migrate: { runner: "builtin", dir: path.join(root, "prisma", "migrations") },
});

// Only what `npm run dev` sets on a fresh clone; nothing from the shell's or .env.local's providers.
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: "development",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: ".next-screenshots",
  __NEXT_PROCESSED_ENV: "true",
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  DATABASE_URL: db.url,
  NEON_BRIDGE_PORT: String(bridgePort),
};
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const next = spawn(process.execPath, [nextBin, "dev", "--hostname", "127.0.0.1", "--port", String(appPort)], { cwd: root, env, detached: true });
let output = "";
next.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
next.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
const base = `http://localhost:${appPort}`;

async function until<T>(what: string, find: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + READY_MS;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${READY_MS / 1000} s; next dev said:\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function shoot(page: Page, pathname: string, file: string): Promise<void> {
  await page.goto(`${base}${pathname}`);
  await page.addStyleTag({ content: HIDE_DEV_BADGE });
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.screenshot({ path: path.join(docs, file), fullPage: true, animations: "disabled" });
  console.log(`▸ docs/${file}`);
}

let browser: Browser | undefined;
try {
  browser = await chromium.launch({
    executablePath: process.env.PW_CHROMIUM_EXECUTABLE || undefined,
    args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
  });
  await until("next dev starting", async () => (await fetch(`${base}/api/health`).catch(() => undefined))?.ok || undefined);
  const signedOut = await browser.newPage({ viewport: VIEWPORT });
  await shoot(signedOut, "/signin", "signin.png");

  // Signed in the newcomer's way: the link `npm run dev` prints.
  const page = await browser.newPage({ viewport: VIEWPORT });
  await addVirtualAuthenticator(page);
  await page.goto(`${base}/signin`);
  await page.getByLabel("Email address").fill(EMAIL);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const link = await until("the sign-in link", () => /Sign-in link for .*\n\s*(http\S+)/.exec(output)?.[1]);
  await page.goto(link);
  await page.waitForURL((url) => !url.pathname.startsWith("/api/"));
  await page.goto(`${base}/account`);
  await page.getByLabel("Name", { exact: true }).fill("Ada Lovelace");
  await page.getByRole("button", { name: "Save name" }).click();
  await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
  if (signInMethods.passkeys) {
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await page.getByRole("status").filter({ hasText: "Passkey added." }).waitFor();
    await page.getByRole("button", { name: /^Rename/ }).click();
    await page.getByLabel("Passkey name").fill("MacBook (Touch ID)");
    await page.getByRole("button", { name: /^Save the name/ }).click();
    await page.getByRole("heading", { name: "MacBook (Touch ID)" }).waitFor();
  }
  await shoot(page, "/account", "account.png");
} finally {
  await browser?.close();
  if (next.exitCode === null && next.pid !== undefined) {
    const exited = new Promise((resolve) => next.once("exit", resolve));
    process.kill(-next.pid, "SIGTERM");
    await exited;
  }
  await db.stop();
  fs.rmSync(stateDir, { recursive: true, force: true });
}
