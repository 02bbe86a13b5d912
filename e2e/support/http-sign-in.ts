// A magic-link sign-in over plain HTTP requests, the way a browser does it, for servers a browser
// context cannot share cookies with (every localhost port shares one cookie jar) and for reading
// raw Set-Cookie headers.
import { expect } from "@playwright/test";
import { lastEmailTo, magicLinkIn } from "./mailbox";

/** The cookies a browser would now send, from the Set-Cookie headers seen so far (later ones win). */
export function cookieHeader(setCookies: string[]): string {
  const jar = new Map<string, string>();
  for (const cookie of setCookies) {
    const [pair = ""] = cookie.split(";");
    const name = pair.slice(0, pair.indexOf("="));
    if (/;\s*Max-Age=0/i.test(cookie) || pair.endsWith("=")) jar.delete(name);
    else jar.set(name, pair);
  }
  return [...jar.values()].join("; ");
}

/**
 * Signs `email` in on the server at `url` and returns every Set-Cookie header it answered with.
 * `publicUrl`: the origin the server believes it has, when that is not `url` (its links name it).
 */
export async function signInOverHttp(url: string, email: string, publicUrl = url): Promise<string[]> {
  const seen: string[] = [];
  const csrf = await fetch(`${url}/api/auth/csrf`);
  seen.push(...csrf.headers.getSetCookie());
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };

  const since = new Date();
  const signIn = await fetch(`${url}/api/auth/signin/nodemailer`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(seen) },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: `${publicUrl}/dashboard` }),
  });
  expect(signIn.status, "asking for a sign-in link").toBe(302);
  seen.push(...signIn.headers.getSetCookie());

  const link = magicLinkIn(await lastEmailTo(email, { since })).replace(publicUrl, url);
  const callback = await fetch(link, { redirect: "manual", headers: { cookie: cookieHeader(seen) } });
  expect(callback.status, "opening the sign-in link").toBe(302);
  seen.push(...callback.headers.getSetCookie());
  return seen;
}

/**
 * GET `path` as a browser would: following redirects and keeping the cookies they set (a session
 * due for its check comes back from the Node side with a new cookie). Answers the final response
 * and every Set-Cookie header so far, `cookies` included.
 */
export async function browse(url: string, path: string, cookies: string[]): Promise<{ response: Response; cookies: string[] }> {
  const seen = [...cookies];
  let target = new URL(path, url);
  for (let redirects = 0; redirects < 5; redirects++) {
    const response = await fetch(target, { redirect: "manual", headers: { cookie: cookieHeader(seen) } });
    seen.push(...response.headers.getSetCookie());
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) return { response, cookies: seen };
    target = new URL(location, target);
  }
  throw new Error(`${path} on ${url} redirected more than 5 times`);
}
