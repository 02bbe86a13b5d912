// What stands in front of Auth.js's routes (app/api/auth/[...nextauth]/route.ts). Auth.js answers
// 500 to a callbackUrl it cannot parse (query, form or cookie) and sends mail to whatever its
// default normaliser makes of an address, so every request is reduced here, before Auth.js sees it:
// - bodies over MAX_BODY_BYTES are refused (413);
// - every callbackUrl, in the query, a form or a JSON body, becomes a same-origin path or the default;
// - a callback-URL cookie leading off the site (or nowhere), or holding text no header can carry,
//   is dropped, and cleared in the browser;
// - Auth.js reads as the session exactly the cookie the app verified, or none: every other cookie
//   its cookie store would join into the session is dropped, and cleared in the browser where it can
//   be; a request it would still read otherwise is refused (400) (lib/edge/session-token.ts);
// - an email sign-in names one plain mailbox, or is refused (400) with the form's sentence;
// - a sign-in email refused by a limit is answered 429 with Retry-After, not Auth.js's AccessDenied;
// - a failure while the database does not answer leads to the "temporarily unavailable" page, not to
//   Auth.js's "server configuration" error (a magic link is then retried as it was: still unused);
// - adding a passkey or linking an account with a session that did not sign in recently is refused
//   (recent-sign-in.ts): a copied cookie must not add a way in that outlives sign-out.
import type { JWT } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { authConfig } from "@/auth.config";
import { prisma } from "@/prisma";
import { databaseAnswers } from "../db/database-probe";
import { isDatabaseUnavailable } from "../db/database-unavailable";
import { unavailablePageFor } from "../db/when-unavailable";
import { authJsAcceptsCallbackUrl } from "../edge/callback-url-cookie";
import { cleanMisreadCookies } from "../edge/misread-cookies";
import { ACCOUNT_PAGE } from "../edge/route-rules";
import { authRouteSessionCookieName, withClearing } from "../edge/session-cookie";
import { emailLimitMessage } from "../messages/email-limits";
import { recentSignInMessage } from "../messages/recent-sign-in";
import { originsOf } from "../request/request-origin";
import { seeOther } from "../request/see-other";
import { withUserLookupMemo } from "./adapter";
import { checkMailbox } from "./email-address";
import type { EmailRefusal } from "./email-limits";
import { recordingRefusals, type RefusalReport } from "./email-send-gate";
import { authRouteOf, type AuthRoute } from "./auth-route-path";
import { addsAWayIn, RECENT_SIGN_IN_MINUTES, SIGN_IN_AGAIN_PAGE, signedInRecently } from "./recent-sign-in";
import { safeCallbackUrl, sameOriginPath } from "./safe-callback-url";

type Handler = (request: NextRequest) => Promise<Response>;

/** Far above any form Auth.js expects (an address, a CSRF token, a callback URL). */
export const MAX_BODY_BYTES = 16 * 1024;

const isEmailSignIn = ({ action, provider, rest }: AuthRoute) => action === "signin" && provider === "nodemailer" && rest.length === 0;

/** The error codes Auth.js sends to its error page when an adapter call or a callback threw. */
const FAILURE_CODES = new Set(["Configuration", "AccessDenied"]);

const refuse = (status: number, body: Record<string, string>, headers: HeadersInit = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

/** The body as text, or undefined when it is longer than `limit` bytes (read no further than that). */
async function limitedText(request: Request, limit: number): Promise<string | undefined> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return undefined;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

type Fields = { get(name: string): unknown; set(name: string, value: string): void; serialize(): string };

/** The body's fields as Auth.js reads them (a form, or a JSON object); undefined for JSON that does not parse. */
function fieldsOf(contentType: string, text: string): Fields | undefined {
  if (contentType.includes("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    const record = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    return { get: (name) => record[name], set: (name, value) => (record[name] = value), serialize: () => JSON.stringify(parsed) };
  }
  // Auth.js reads form bodies, and takes the last of a repeated field (Object.fromEntries).
  const urlEncoded = contentType.includes("application/x-www-form-urlencoded");
  const form = new URLSearchParams(urlEncoded ? text : "");
  return {
    get: (name) => form.getAll(name).at(-1),
    set: (name, value) => form.set(name, value),
    serialize: () => (urlEncoded ? form.toString() : text),
  };
}

export function guardAuthRoute(handler: Handler): Handler {
  return async (request) => {
    const origins = originsOf(request.headers);
    const safe = (value: unknown) => safeCallbackUrl(typeof value === "string" ? value : undefined, origins);

    const url = new URL(request.url);
    const route = authRouteOf(url.pathname);
    if (url.searchParams.has("callbackUrl")) url.searchParams.set("callbackUrl", safe(url.searchParams.getAll("callbackUrl").at(-1)));

    const headers = new Headers(request.headers);
    // Auth.js uses the cookie's text, not what the URL parser makes of it (which drops tabs and newlines).
    const keep = (value: string) => authJsAcceptsCallbackUrl(value) && sameOriginPath(value, origins) !== undefined;
    const cookies = await cleanMisreadCookies(headers, authConfig.secret ?? [], keep, { cookieName: authRouteSessionCookieName(url) });
    if (cookies.refusal) return withClearing(refuse(400, { error: "unreadable_session_cookies", message: cookies.refusal }), cookies.clearing);
    if (cookies.header !== undefined) headers.set("cookie", cookies.header);

    let body: string | undefined;
    let bodyAction: unknown;
    if (request.method === "POST") {
      const text = await limitedText(request, MAX_BODY_BYTES);
      if (text === undefined) return refuse(413, { error: "payload_too_large" });
      const fields = fieldsOf(headers.get("content-type") ?? "", text);
      if (fields === undefined) return refuse(400, { error: "bad_request" });
      if (fields.get("callbackUrl") !== undefined) fields.set("callbackUrl", safe(fields.get("callbackUrl")));
      if (isEmailSignIn(route)) {
        const mailbox = checkMailbox(fields.get("email"));
        if (!mailbox.ok) return refuse(400, { error: "invalid_email", message: mailbox.problem });
      }
      bodyAction = fields.get("action");
      body = fields.serialize();
      headers.delete("content-length");
    }

    const token = cookies.session.token;
    let response = token && addsAWayIn(route, url.searchParams, bodyAction) ? await unlessSignedInRecently(token, route) : undefined;
    if (!response) {
      const report: RefusalReport = {};
      const forAuthJs = new NextRequest(url, { method: request.method, headers, body });
      const answer = await recordingRefusals(report, () => withUserLookupMemo(() => handler(forAuthJs)));
      response = report.refusal ? limitRefusal(report.refusal) : ((await outageRedirect(answer, request.method, url)) ?? answer);
    }
    return withClearing(response, cookies.clearing);
  };
}

/**
 * The refusal of a way in added with a session that did not sign in recently, or undefined to let it
 * through. A provider's callback is a browser coming back: it goes to /account, which says why. The
 * passkey's steps are fetched by script: they get JSON.
 */
async function unlessSignedInRecently(token: JWT, { action, provider }: AuthRoute): Promise<Response | undefined> {
  const browser = action === "callback" && provider !== "passkey";
  try {
    if (await signedInRecently(prisma, { id: token.sid, userId: token.sub })) return undefined;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    if (!browser) return refuse(503, { error: "unavailable" });
    return seeOther(unavailablePageFor(ACCOUNT_PAGE));
  }
  if (!browser) return refuse(403, { error: "recent_sign_in_required", message: recentSignInMessage(RECENT_SIGN_IN_MINUTES) });
  return seeOther(SIGN_IN_AGAIN_PAGE);
}

const limitRefusal = ({ limit, retryAfterSeconds }: EmailRefusal) =>
  refuse(429, { error: "rate_limited", message: emailLimitMessage(limit, retryAfterSeconds) }, { "Retry-After": String(retryAfterSeconds) });

/** The way to the "temporarily unavailable" page, when Auth.js failed because the database does not answer. */
async function outageRedirect(response: Response, method: string, url: URL): Promise<Response | undefined> {
  const location = response.headers.get("location");
  if (!location) return undefined;
  const target = new URL(location, url);
  if (target.pathname !== authConfig.pages.error || !FAILURE_CODES.has(target.searchParams.get("error") ?? "")) return undefined;
  if (await databaseAnswers()) return undefined;
  const back = method === "GET" ? `${url.pathname}${url.search}` : "/signin";
  return seeOther(unavailablePageFor(back));
}
