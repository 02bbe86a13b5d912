// The session cookie as an attacker would take it: copied out of one browser, replayed in another.
import type { Browser, BrowserContext, Cookie } from "@playwright/test";

export async function sessionCookies(context: BrowserContext): Promise<Cookie[]> {
  const cookies = (await context.cookies()).filter((cookie) => cookie.name.includes("authjs.session-token"));
  if (cookies.length === 0) throw new Error("the context has no session cookie to copy");
  return cookies;
}

/** A new context holding a copy of `cookies`, kept whatever their expiry, as a replaying client would. */
export async function contextWithCookies(browser: Browser, cookies: Cookie[]): Promise<BrowserContext> {
  const copy = await browser.newContext();
  await copy.addCookies(cookies.map((cookie) => ({ ...cookie, expires: -1 })));
  return copy;
}
