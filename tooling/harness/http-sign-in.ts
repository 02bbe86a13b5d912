// The magic-link sign-in as plain HTTP requests, without a browser: Auth.js's CSRF token, the
// sign-in POST, the link from the SMTP sink, the callback. Used by specs that read Set-Cookie
// headers or use servers a browser context cannot tell apart (every localhost port shares one cookie
// jar), and by the benchmark (tooling/bench), which counts database work per step.
import { lastEmailTo, magicLinkIn } from "./mailbox";

export type SignInStep = "request" | "callback";

export type HttpSignInOptions = {
  /** Where the requests go. */
  appUrl: string;
  email: string;
  /** Where Auth.js sends the user afterwards; `${appUrl}/dashboard` unless given. */
  callbackUrl?: string;
  /** The origin the server writes into its links (its AUTH_URL), when it is not `appUrl`. */
  linkOrigin?: string;
  /** The SMTP sink's folder; the suite's unless given. */
  mailDir?: string;
  /** Wraps each step, e.g. to count what it costs; runs it as it is unless given. */
  step?: <T>(name: SignInStep, run: () => Promise<T>) => Promise<T>;
};

/** Every Set-Cookie header the server sent, in order. */
export async function signInOverHttp(options: HttpSignInOptions): Promise<string[]> {
  const { appUrl, email, callbackUrl = `${appUrl}/dashboard`, linkOrigin = appUrl } = options;
  const step = options.step ?? ((_name, run) => run());
  const seen: string[] = [];
  const since = new Date();

  await step("request", async () => {
    const csrf = await fetch(`${appUrl}/api/auth/csrf`);
    seen.push(...csrf.headers.getSetCookie());
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const signIn = await fetch(`${appUrl}/api/auth/signin/nodemailer`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(seen) },
      body: new URLSearchParams({ email, csrfToken, callbackUrl }),
    });
    seen.push(...signIn.headers.getSetCookie());
    const location = signIn.headers.get("location") ?? "";
    if (signIn.status !== 302 || !location.includes("verify-request")) {
      throw new Error(`asking for a sign-in link for ${email} answered ${signIn.status} → ${location || "(no redirect)"}, not the "check your email" page`);
    }
  });

  const link = magicLinkIn(await lastEmailTo(email, { since, mailDir: options.mailDir })).replace(linkOrigin, appUrl);
  await step("callback", async () => {
    const callback = await fetch(link, { redirect: "manual", headers: { cookie: cookieHeader(seen) } });
    seen.push(...callback.headers.getSetCookie());
    const location = callback.headers.get("location") ?? "";
    if (callback.status !== 302 || location.includes("error")) {
      throw new Error(`opening the sign-in link of ${email} answered ${callback.status} → ${location || "(no redirect)"}`);
    }
  });
  return seen;
}

/** The Cookie header a browser would send after these Set-Cookie headers: the last value of each
 * name wins, and an emptied or expired cookie is gone. */
export function cookieHeader(setCookies: string[]): string {
  const jar = new Map<string, string>();
  for (const setCookie of setCookies) {
    const [pair = "", ...attributes] = setCookie.split(";");
    const at = pair.indexOf("=");
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
    if (!value || expired) jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
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
