// What Auth.js's errors leave in the server log. Auth.js prints every one with its stack, about a
// dozen lines, refusals included: a sign-in email over its limit (AccessDenied), a link already used
// or expired (Verification), a form without its CSRF token, an OAuth sign-in whose address belongs
// to another user, a URL Auth.js has no action for. Those are a visitor's doing and come in bursts
// (a script at the email form: 300 requests, 3,600 lines), so each is one line, and the errors that
// need someone stay visible. A refusal that wraps an exception (a signIn callback that threw becomes
// AccessDenied) is not a visitor's doing: it is logged in full, like every other error.
const VISITOR_REFUSALS = new Set(["AccessDenied", "Verification", "MissingCSRF", "OAuthAccountNotLinked", "AccountNotLinked", "UnknownAction"]);

/** Auth.js puts the exception it caught under `cause.err`. */
const wrapsException = ({ cause }: Error) => typeof cause === "object" && cause !== null && "err" in cause && cause.err instanceof Error;

/** The message without Auth.js's "Read more at https://errors.authjs.dev#…", on one bounded line. */
const oneLine = (message: string) => message.replace(/\.?\s*Read more at \S+\s*$/, "").replace(/\s+/g, " ").trim().slice(0, 200);

/** An Auth.js error's type ("AccessDenied"…), which its name does not always say; else the error's name. */
const typeOf = (error: Error) => {
  const { type } = error as { type?: unknown };
  return typeof type === "string" ? type : error.name;
};

/** Auth.js's `logger.error`. */
export function logAuthError(error: Error): void {
  const type = typeOf(error);
  if (VISITOR_REFUSALS.has(type) && !wrapsException(error)) {
    const detail = oneLine(error.message);
    console.warn(detail && detail !== type ? `[auth][refused] ${type}: ${detail}` : `[auth][refused] ${type}`);
    return;
  }
  // Name, message, stack and cause (with its own stack and Auth.js's details), as Node prints an error.
  console.error("[auth][error]", error);
}
