// Auth.js's cookie store reads every cookie whose name starts with the session cookie's name; the
// app passes it only the cookie it verified (lib/edge/session-token.ts). Two attacks on the
// difference, as issue 15 found them against a production build:
// - a signed-out session's cookie, copied before the sign-out and sent back under another name
//   that starts with the session cookie's, must not get an OIDC account linked to its user;
// - a cookie planted beside a live session must not make POST /api/auth/signout keep the row.
import type { Browser, Cookie } from "@playwright/test";
import { OIDC_PROVIDER_NAME, SESSION_REFRESH_SECONDS } from "../tooling/harness/run-env";
import { scaled } from "../tooling/harness/timeouts";
import { contextWithCookies, sessionCookies } from "./support/session-cookie";
import { loginAtIdp } from "./support/sign-in";
import { signOut } from "./support/sign-out";
import { expect, signInWithEmail, test, uniqueEmail } from "./fixtures";


const WITHIN_BOUND = { timeout: SESSION_REFRESH_SECONDS * 1000 + scaled(15_000) };
// Names Auth.js would read as the session cookie, which the app does not.
const RENAMED = ["authjs.session-tokenX", "authjs.session-token.x", "authjs.session-token.-1"];

/** The only session cookie of a signed-in browser (the suite's tokens are never chunked). */
async function onlySessionCookie(browser: Browser, email: string): Promise<{ cookie: Cookie; close: () => Promise<void>; signOutThere: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithEmail(page, email);
  const [cookie, ...more] = await sessionCookies(context);
  expect(more, "a chunked session cookie").toEqual([]);
  return {
    cookie: cookie as Cookie,
    close: () => context.close(),
    signOutThere: async () => {
      await page.goto("/dashboard");
      await signOut(page);
    },
  };
}

test("a signed-out cookie sent under another name links no account to its user, and signs nobody in as them", async ({ browser, email, db }, testInfo) => {
  const victim = await onlySessionCookie(browser, email);
  const user = await db.userByEmail(email);
  await victim.signOutThere();
  expect(await db.sessionsOf(user.id)).toEqual([]);

  for (const [i, name] of RENAMED.entries()) {
    const attacker = await contextWithCookies(browser, [{ ...victim.cookie, name }]);
    const page = await attacker.newPage();
    const login = uniqueEmail(testInfo, `attacker-${i}`);
    await page.goto("/signin");
    const app = new URL(page.url()).origin;
    await page.getByRole("button", { name: `Continue with ${OIDC_PROVIDER_NAME}` }).click();
    await loginAtIdp(page, login);
    await page.waitForURL((url) => url.origin === app && !url.pathname.startsWith("/api/auth/"));

    expect(await db.accountsOf(user.id), name).toEqual([]);
    const [account] = await db.oidcAccounts(login);
    expect(account?.user_id, `${name}: the attacker's provider account went to the victim`).not.toBe(user.id);
    const me = await attacker.request.get("/api/me");
    if (me.status() === 200) expect(((await me.json()) as { id: string }).id, name).not.toBe(user.id);
    // The renamed cookie was cleared on the way.
    expect((await attacker.cookies()).map((cookie) => cookie.name), name).not.toContain(name);
    await attacker.close();
  }
  await victim.close();
});

test("a cookie planted beside a live session does not keep it alive through POST /api/auth/signout", async ({ browser, email, db, baseURL }) => {
  const session = await onlySessionCookie(browser, email);
  const user = await db.userByEmail(email);
  expect(await db.sessionsOf(user.id)).toHaveLength(1);

  const browserThere = await contextWithCookies(browser, [session.cookie]);
  const { csrfToken } = (await (await browserThere.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  // Planted by a sibling subdomain, after the CSRF request (which would already have cleared it).
  await browserThere.addCookies([{ name: "authjs.session-tokens", value: "x", domain: new URL(baseURL!).hostname, path: "/" }]);
  const signedOut = await browserThere.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
  expect(signedOut.status()).toBeLessThan(400);
  expect(await db.sessionsOf(user.id)).toEqual([]);

  // A copy of the cookie taken before the sign-out is refused within the bound.
  const copy = await contextWithCookies(browser, [session.cookie]);
  await expect(async () => expect((await copy.request.get("/api/me")).status()).toBe(401)).toPass(WITHIN_BOUND);
  await copy.close();
  await browserThere.close();
  await session.close();
});
