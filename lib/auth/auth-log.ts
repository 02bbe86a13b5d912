// What Auth.js's errors leave in the server log. Auth.js prints every one with its stack, a dozen
// lines or more, the ones a visitor causes included: a sign-in email over its limit (AccessDenied),
// a link already used or expired (Verification), a form without its CSRF token, an OAuth sign-in
// whose address belongs to another user, a URL Auth.js has no action or provider for, a session
// cookie that does not decrypt (forged, cut, or from a retired secret). Those come in bursts (a
// script at the email form: 300 requests, 3,600 lines), so each is one line, and the errors that
// need someone stay visible. The same kinds wrapping another failure (a signIn callback that threw
// becomes AccessDenied; a jwt callback that threw, JWTSessionError) are logged in full, like every
// other error.

type Cause = { err?: unknown } & Record<string, unknown>;

const VISITOR_REFUSALS = new Set(["AccessDenied", "Verification", "MissingCSRF", "OAuthAccountNotLinked", "AccountNotLinked", "UnknownAction"]);

// jose's error codes (ERR_JWE_INVALID, ERR_JWE_DECRYPTION_FAILED, ERR_JWT_EXPIRED…): the token itself is bad.
const TOKEN_ERROR = /^ERR_JW[EST]_/;

// @auth/core throws a plain Error for a provider id in the URL that is not configured (lib/utils/providers.js).
const UNKNOWN_PROVIDER = /^Provider with id ".*" not found\./s;

/** An Auth.js error's type ("AccessDenied"…; its class name is minified in a build), else the error's name. */
const typeOf = (error: Error) => {
  const { type } = error as { type?: unknown };
  return typeof type === "string" ? type : error.name;
};

/** Where Auth.js puts the exception it caught: `cause.err`. */
const causeOf = (error: Error): Cause | undefined => (typeof error.cause === "object" && error.cause !== null ? (error.cause as Cause) : undefined);

/** What to log a visitor's refusal as, or undefined for an error someone should read in full. */
function visitorRefusal(error: Error): { label: string; detail: string } | undefined {
  const type = typeOf(error);
  const caught = causeOf(error)?.err;
  if (VISITOR_REFUSALS.has(type)) return caught instanceof Error ? undefined : { label: type, detail: error.message };
  if (type === "JWTSessionError" && caught instanceof Error && TOKEN_ERROR.test(String((caught as { code?: unknown }).code))) {
    return { label: type, detail: caught.message };
  }
  if (UNKNOWN_PROVIDER.test(error.message)) return { label: "UnknownProvider", detail: error.message };
  return undefined;
}

/** The message without Auth.js's "Read more at https://errors.authjs.dev#…", on one bounded line. */
const oneLine = (message: string) => message.replace(/\.?\s*Read more at \S+\s*$/, "").replace(/\s+/g, " ").trim().slice(0, 200);

/** Auth.js's own format (@auth/core/lib/utils/logger.js, which it does not export), for everything else. */
function logInFull(error: Error): void {
  console.error(`[auth][error] ${typeOf(error)}: ${error.message}`);
  const cause = causeOf(error);
  if (cause?.err instanceof Error) {
    const { err, ...details } = cause;
    console.error("[auth][cause]:", err.stack);
    console.error("[auth][details]:", JSON.stringify(details, null, 2));
  } else if (error.stack) {
    console.error(error.stack.replace(/.*/, "").substring(1));
  }
}

/** Auth.js's `logger.error`. */
export function logAuthError(error: Error): void {
  const refusal = visitorRefusal(error);
  if (!refusal) return logInFull(error);
  const detail = oneLine(refusal.detail);
  console.warn(detail && detail !== refusal.label ? `[auth][refused] ${refusal.label}: ${detail}` : `[auth][refused] ${refusal.label}`);
}
