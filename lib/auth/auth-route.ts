// What stands in front of Auth.js's routes (app/api/auth/[...nextauth]/route.ts). Auth.js answers
// 500 to a callbackUrl it cannot parse (query, form or cookie) and sends mail to whatever its
// default normaliser makes of an address, so every request is reduced here, before Auth.js sees it:
// - bodies over MAX_BODY_BYTES are refused (413);
// - every callbackUrl, in the query, a form or a JSON body, becomes a same-origin path or the default;
// - a callback-URL cookie leading off the site (or nowhere) is dropped, and cleared in the browser;
// - an email sign-in names one plain mailbox, or is refused (400) with the form's sentence;
// - a sign-in email refused by a limit is answered 429 with Retry-After, not Auth.js's AccessDenied.
import { NextRequest } from "next/server";
import { clearingCookies, withoutCallbackUrlCookies } from "../edge/callback-url-cookie";
import { emailLimitMessage } from "../messages/email-limits";
import { originsOf } from "../request/request-origin";
import { checkMailbox } from "./email-address";
import { recordingRefusals, type RefusalReport } from "./email-send-gate";
import { safeCallbackUrl, sameOriginPath } from "./safe-callback-url";

type Handler = (request: NextRequest) => Promise<Response>;

/** Far above any form Auth.js expects (an address, a CSRF token, a callback URL). */
export const MAX_BODY_BYTES = 16 * 1024;

const EMAIL_SIGN_IN = /\/signin\/nodemailer\/?$/;

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
  const form = new URLSearchParams(contentType.includes("application/x-www-form-urlencoded") ? text : "");
  return {
    get: (name) => form.getAll(name).at(-1),
    set: (name, value) => form.set(name, value),
    serialize: () => (contentType.includes("application/x-www-form-urlencoded") ? form.toString() : text),
  };
}

export function guardAuthRoute(handler: Handler): Handler {
  return async (request) => {
    const origins = originsOf(request.headers, process.env);
    const safe = (value: unknown) => safeCallbackUrl(typeof value === "string" ? value : undefined, origins);

    const url = new URL(request.url);
    if (url.searchParams.has("callbackUrl")) url.searchParams.set("callbackUrl", safe(url.searchParams.getAll("callbackUrl").at(-1)));

    const headers = new Headers(request.headers);
    const cookies = withoutCallbackUrlCookies(headers.get("cookie") ?? "", (value) => sameOriginPath(value, origins) !== undefined);
    if (cookies.refused.length) headers.set("cookie", cookies.header);

    let body: string | undefined;
    if (request.method === "POST") {
      const text = await limitedText(request, MAX_BODY_BYTES);
      if (text === undefined) return refuse(413, { error: "payload_too_large" });
      const fields = fieldsOf(headers.get("content-type") ?? "", text);
      if (fields === undefined) return refuse(400, { error: "bad_request" });
      if (fields.get("callbackUrl") !== undefined) fields.set("callbackUrl", safe(fields.get("callbackUrl")));
      if (EMAIL_SIGN_IN.test(url.pathname)) {
        const mailbox = checkMailbox(fields.get("email"));
        if (!mailbox.ok) return refuse(400, { error: "invalid_email", message: mailbox.problem });
      }
      body = fields.serialize();
      headers.delete("content-length");
    }

    const report: RefusalReport = {};
    const response = await recordingRefusals(report, () => handler(new NextRequest(url, { method: request.method, headers, body })));
    if (report.refusal) {
      const { limit, retryAfterSeconds } = report.refusal;
      return refuse(429, { error: "rate_limited", message: emailLimitMessage(limit, retryAfterSeconds) }, { "Retry-After": String(retryAfterSeconds) });
    }
    if (!cookies.refused.length) return response;
    const out = new Headers(response.headers);
    for (const cookie of clearingCookies(cookies.refused)) out.append("set-cookie", cookie);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers: out });
  };
}
