// Next.js refuses a server action whose body exceeds serverActions.bodySizeLimit (1 MB by default,
// 1024 × 1024 bytes, counted on the raw body: next/dist/server/app-render/action-handler.js), but
// its refusal surfaces as a 500 after it has read the body. The middleware refuses such a request
// first, with 413, from its Content-Length; a body sent without one (chunked) could only be measured
// by reading it, so it is refused with 411: browsers always send the length of a form they post.
// next.config.mjs does not change bodySizeLimit; this limit would have to follow it.
import { isServerActionRequest } from "./server-action-origin";

export const SERVER_ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

const refusal = (status: number, sentence: string) =>
  new Response(sentence, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The refusal of a server action whose body is too large or of unknown length, or undefined to let it through. */
export function serverActionBodyRefusal(request: { method: string; nextUrl: URL; headers: Headers }): Response | undefined {
  if (!isServerActionRequest(request.method, request.nextUrl.pathname, request.headers)) return undefined;
  const length = request.headers.get("content-length");
  if (length === null || !/^\d+$/.test(length.trim())) {
    return refusal(411, "This form was sent without its length (a Content-Length header); send it again from the page.");
  }
  if (Number(length) > SERVER_ACTION_BODY_LIMIT_BYTES) {
    return refusal(413, `This form is larger than the ${SERVER_ACTION_BODY_LIMIT_BYTES} bytes (1 MB) a form may send.`);
  }
  return undefined;
}
