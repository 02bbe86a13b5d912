// The magic-link sign-in as plain HTTP requests, without a browser: Auth.js's CSRF token, the
// sign-in POST, the link from the SMTP sink, the callback. Used by specs that read Set-Cookie
// headers and by the benchmark (tooling/bench), which counts database work per step.
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
