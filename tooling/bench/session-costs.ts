// What a session costs the database outside the steady state: a magic-link sign-in (new user and
// returning user, request and callback apart), and the periodic session check (a page view whose
// token is due: the edge sends it through /api/session/refresh, which checks the row and re-issues
// the cookie, and back). Run against a server whose SESSION_REFRESH_SECONDS is short, so a token
// is due in seconds.
import { browse, cookieHeader, signInOverHttp, type SignInStep } from "../harness/http-sign-in";
import { isSessionCookieName } from "../../lib/edge/session-cookie";
import { NUMBER_SETTINGS } from "../../lib/env/settings";
import type { StatementCount, StatementCounter } from "./statement-counter";

export type SignInCost = Record<SignInStep, StatementCount>;

export type SessionCosts = {
  signInNewUser: SignInCost;
  signInReturningUser: SignInCost;
  /** The interval the token was past, in seconds. */
  refreshSeconds: number;
  /** A page view whose token is due, through the check and back. */
  sessionRefresh: StatementCount;
};

/**
 * The server's settings for a token that is due in seconds. Not the minimum (1 s): the cookie this
 * server renews last is the one the cold server gets first, which must not be due yet, so that its
 * first page measures a start and not a session check (app-server.ts reports it if it was).
 */
export function shortRefreshSettings(): { env: Record<string, string>; seconds: number } {
  const seconds = Math.max(NUMBER_SETTINGS.SESSION_REFRESH_SECONDS.min, 10);
  return { env: { SESSION_REFRESH_SECONDS: String(seconds) }, seconds };
}

/** Only the session cookie (or its chunks) of a Cookie header built from Set-Cookie headers. */
export const sessionCookieOf = (setCookies: string[]) =>
  cookieHeader(setCookies.filter((cookie) => isSessionCookieName(cookie.slice(0, cookie.indexOf("=")))));

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

  const refresh = await counter.count(async () => {
    const sent = second.cookie.split("; ");
    const { response, cookies } = await browse(appUrl, page, sent);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${page} with a session due for its check answered ${response.status}`);
    const renewed = sessionCookieOf(cookies.slice(sent.length));
    if (!renewed) throw new Error(`${page} with a session due for its check came back without a renewed session cookie`);
    return renewed;
  });
  return {
    costs: {
      signInNewUser: first.cost,
      signInReturningUser: second.cost,
      refreshSeconds: options.refreshSeconds,
      sessionRefresh: refresh.statements,
    },
    cookie: refresh.result,
  };
}
