// What a session costs the database outside the steady state: a magic-link sign-in (new user and
// returning user, request and callback apart), and a session past its refresh interval (a page
// view, which cannot re-issue the cookie, and the session endpoint, which does). Run against a
// server whose refresh intervals are set to their minimum, so a token goes stale in seconds.
import { cookieHeader, signInOverHttp, type SignInStep } from "../../e2e/support/http-sign-in";
import { NUMBER_SETTINGS } from "../../lib/env/settings";
import type { StatementCount, StatementCounter } from "./statement-counter";

export type SignInCost = Record<SignInStep, StatementCount>;

export type SessionCosts = {
  signInNewUser: SignInCost;
  signInReturningUser: SignInCost;
  /** The interval the stale token was past, in seconds. */
  refreshSeconds: number;
  pageViewDueForRefresh: StatementCount;
  sessionRefresh: StatementCount;
};

/** Every setting named …REFRESH_SECONDS at its minimum, and the longest of them. */
export function shortRefreshSettings(): { env: Record<string, string>; seconds: number } {
  const refresh = Object.entries(NUMBER_SETTINGS).filter(([name]) => name.endsWith("REFRESH_SECONDS"));
  return {
    env: Object.fromEntries(refresh.map(([name, rule]) => [name, String(rule.min)])),
    seconds: Math.max(0, ...refresh.map(([, rule]) => rule.min)),
  };
}

/** Only the session cookie (or its chunks) of a Cookie header built from Set-Cookie headers. */
export const sessionCookieOf = (setCookies: string[]) =>
  cookieHeader(setCookies.filter((cookie) => /^(?:__Secure-)?authjs\.session-token/.test(cookie)));

export async function measureSessionCosts(options: {
  appUrl: string;
  email: string;
  mailDir: string;
  counter: StatementCounter;
  refreshSeconds: number;
  page: string;
}): Promise<{ costs: SessionCosts; cookie: string }> {
  const { appUrl, counter, page } = options;
  const signIn = async () => {
    const cost: Partial<SignInCost> = {};
    const setCookies = await signInOverHttp({
      appUrl,
      email: options.email,
      mailDir: options.mailDir,
      step: async (name, run) => {
        const { result, statements } = await counter.count(run);
        cost[name] = statements;
        return result;
      },
    });
    const cookie = sessionCookieOf(setCookies);
    if (!cookie) throw new Error(`signing ${options.email} in set no session cookie`);
    return { cost: cost as SignInCost, cookie, at: Date.now() };
  };
  const first = await signIn();
  const second = await signIn();

  // Waiting for a deadline, not for an event: the token has to be older than the interval.
  const dueAt = second.at + options.refreshSeconds * 1000 + 500;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt - Date.now())));

  const get = (path: string) => fetch(appUrl + path, { redirect: "manual", headers: { cookie: second.cookie } });
  const view = await counter.count(async () => {
    const response = await get(page);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${page} with a session due for refresh answered ${response.status}`);
  });
  const refresh = await counter.count(async () => {
    const response = await get("/api/auth/session");
    const session = (await response.json()) as { user?: { email?: string } } | null;
    if (session?.user?.email !== options.email) throw new Error(`/api/auth/session did not refresh the session of ${options.email}: ${JSON.stringify(session)}`);
    return sessionCookieOf(response.headers.getSetCookie());
  });
  return {
    costs: {
      signInNewUser: first.cost,
      signInReturningUser: second.cost,
      refreshSeconds: options.refreshSeconds,
      pageViewDueForRefresh: view.statements,
      sessionRefresh: refresh.statements,
    },
    cookie: refresh.result || second.cookie,
  };
}
