// `npm run screenshots`: the docs' pictures, docs/screenshots/<screen>-<light|dark>-<desktop|phone>.png,
// taken from the app exactly as a newcomer's `npm run dev` shows it: email links printed in the
// terminal, passkeys, and no OAuth provider. It runs on its own: a throwaway PostgreSQL on free ports,
// its own Next.js folder, no .env.local, so neither a running `npm run dev` nor your own settings show
// up in them. Each screen in both colour schemes, at a desktop's and a phone's width.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { Database } from "../e2e/support/database";
import { addVirtualAuthenticator } from "../e2e/support/passkeys";
import { TOTP_DIGITS, TOTP_STEP_SECONDS } from "../lib/two-factor/totp";
import { signInMethods } from "../lib/auth/sign-in-methods";
import { startLocalDatabase } from "../tooling/local-db/local-database";
import { freePorts } from "../tooling/local-db/ports";

const root = path.resolve(import.meta.dirname, "..");
const shots = path.join(root, "docs", "screenshots");
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const SCHEMES = ["light", "dark"] as const;
/** What the repository carries per picture; a bigger one fails the run, to be looked at. */
const MAX_BYTES = 150 * 1024;
const EMAIL = "ada@example.com";
/** A second user, with two-factor on, for its sign-in step. */
const TWO_FACTOR_EMAIL = "grace@example.com";
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

type Variant = { scheme: (typeof SCHEMES)[number]; device: keyof typeof VIEWPORTS };
const VARIANTS: Variant[] = SCHEMES.flatMap((scheme) => (Object.keys(VIEWPORTS) as Variant["device"][]).map((device) => ({ scheme, device })));

/** A browser of this variant's width and colour scheme, signed in as `storageState` says (or not). */
async function contextFor(browser: Browser, { scheme, device }: Variant, storageState?: Awaited<ReturnType<BrowserContext["storageState"]>>) {
  const context = await browser.newContext({ viewport: VIEWPORTS[device], colorScheme: scheme, isMobile: device === "phone", hasTouch: device === "phone", storageState });
  // `next dev` compiles each page on its first visit, slowly on a busy machine.
  context.setDefaultTimeout(READY_MS);
  return context;
}

/**
 * Opens `pathname` and saves the whole page, only `part` of it, or (part "window") what the window
 * shows, as docs/screenshots/<screen>-<scheme>-<device>.png.
 */
async function shoot(page: Page, screen: string, variant: Variant, pathname: string, part?: "window" | ((page: Page) => Promise<Locator>)): Promise<void> {
  await page.goto(`${base}${pathname}`);
  await page.addStyleTag({ content: HIDE_DEV_BADGE });
  await page.getByRole("heading", { level: 1 }).waitFor();
  const file = path.join(shots, `${screen}-${variant.scheme}-${variant.device}.png`);
  const options = { path: file, animations: "disabled", caret: "hide" } as const;
  if (typeof part === "function") await (await part(page)).screenshot(options);
  else await page.screenshot({ ...options, fullPage: part !== "window" });
  const bytes = fs.statSync(file).size;
  console.log(`▸ ${path.relative(root, file)} (${Math.round(bytes / 1024)} KB)`);
  if (bytes > MAX_BYTES) throw new Error(`${path.relative(root, file)} is ${Math.round(bytes / 1024)} KB, over ${MAX_BYTES / 1024} KB: make the screen shorter`);
}

/** The sign-in link `npm run dev` printed for `email` after `offset` in its output. */
const linkFor = (email: string, offset: number) =>
  until(`the sign-in link for ${email}`, () => new RegExp(`Sign-in link for ${email.replace(/[.+]/g, "\\$&")}.*\\n\\s*(http\\S+)`).exec(output.slice(offset))?.[1]);

/** Signs `page` in by email; answers the check-your-email page's address (it names the address). */
async function signInByEmail(page: Page, email: string): Promise<string> {
  await page.goto(`${base}/signin`);
  await page.getByLabel("Email address").fill(email);
  const offset = output.length;
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.getByRole("heading", { name: "Check your email" }).waitFor();
  const checkEmail = page.url().slice(base.length);
  await page.goto(await linkFor(email, offset));
  await page.waitForURL((url) => !url.pathname.startsWith("/api/"));
  return checkEmail;
}

const totp = (key: Uint8Array) => generateHOTP(key, BigInt(Math.floor(Date.now() / 1000 / TOTP_STEP_SECONDS)), TOTP_DIGITS);
const section = (name: string) => async (page: Page) => page.locator(`section[aria-labelledby="${name}"]`);

let browser: Browser | undefined;
const database = new Database({ url: db.url, bridgePort });
try {
  browser = await chromium.launch({
    executablePath: process.env.PW_CHROMIUM_EXECUTABLE || undefined,
    args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
  });
  await until("next dev starting", async () => (await fetch(`${base}/api/health`).catch(() => undefined))?.ok || undefined);
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });

  // Ada, signed in the newcomer's way (the link `npm run dev` prints), with a name and a passkey.
  const ada = await contextFor(browser, { scheme: "light", device: "desktop" });
  const page = await ada.newPage();
  await addVirtualAuthenticator(page);
  const checkEmail = await signInByEmail(page, EMAIL);
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
  const adaSignedIn = await ada.storageState();

  // Grace has two-factor on; her next sign-in stops at its second step.
  const grace = await (await contextFor(browser, { scheme: "light", device: "desktop" })).newPage();
  await signInByEmail(grace, TWO_FACTOR_EMAIL);
  await grace.goto(`${base}/account`);
  const twoFactor = grace.locator('section[aria-labelledby="two-factor"]');
  await twoFactor.getByRole("button", { name: "Set up two-factor authentication" }).click();
  const key = decodeBase32IgnorePadding((await twoFactor.getByTestId("two-factor-secret").textContent()) ?? "");
  await twoFactor.getByLabel("Code from the app").fill(totp(key));
  await twoFactor.getByRole("button", { name: "Turn on" }).click();
  await twoFactor.getByTestId("recovery-codes").waitFor();
  const secondStep = await (await contextFor(browser, { scheme: "light", device: "desktop" })).newPage();
  await signInByEmail(secondStep, TWO_FACTOR_EMAIL);
  await secondStep.waitForURL((url) => url.pathname === "/two-factor");
  const graceHalfSignedIn = await secondStep.context().storageState();
  const twoFactorPage = secondStep.url().slice(base.length);

  for (const variant of VARIANTS) {
    const signedOut = await (await contextFor(browser, variant)).newPage();
    await shoot(signedOut, "signin", variant, "/signin");
    await shoot(signedOut, "check-email", variant, checkEmail);
    const user = await (await contextFor(browser, variant, adaSignedIn)).newPage();
    await shoot(user, "dashboard", variant, "/dashboard");
    // Its first screen: the whole page is long (and over MAX_BYTES); its sections have pictures of their own.
    await shoot(user, "account", variant, "/account", "window");
    await shoot(user, "security-activity", variant, "/account", section("security-activity"));
    // Ada is no admin.
    await shoot(user, "forbidden", variant, "/admin");
    // Two-factor's setup, as far as the QR code and its key (not turned on: each variant starts it anew).
    await shoot(user, "two-factor-setup", variant, "/account", async (page) => {
      const part = await section("two-factor")(page);
      await part.getByRole("button", { name: "Set up two-factor authentication" }).click();
      await part.getByRole("img", { name: "QR code for your authenticator app" }).waitFor();
      return part;
    });
    const half = await (await contextFor(browser, variant, graceHalfSignedIn)).newPage();
    await shoot(half, "two-factor-signin", variant, twoFactorPage);
  }

  // An older sign-in (a day: RECENT_SIGN_IN_MINUTES allows at most that): deleting the account
  // first asks Ada to confirm it is her.
  const adaUser = await database.userByEmail(EMAIL);
  for (const session of await database.sessionsOf(adaUser.id)) await database.backdateSignIn(session.id, 24 * 60 + 1);
  for (const variant of VARIANTS) {
    const user = await (await contextFor(browser, variant, adaSignedIn)).newPage();
    await shoot(user, "step-up", variant, "/account?confirm=delete-account", section("confirm-identity"));
  }
} finally {
  await browser?.close();
  await database.close();
  if (next.exitCode === null && next.pid !== undefined) {
    const exited = new Promise((resolve) => next.once("exit", resolve));
    process.kill(-next.pid, "SIGTERM");
    await exited;
  }
  await db.stop();
  fs.rmSync(stateDir, { recursive: true, force: true });
}
