// Auth.js's own error classes, as its handlers pass them to logger.error.
import { AccessDenied, AdapterError, JWTSessionError, MissingCSRF, OAuthAccountNotLinked, UnknownAction, Verification } from "@auth/core/errors";
import { errors as jose } from "jose";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { logAuthError } from "./auth-log";

let warn: MockInstance<typeof console.warn>;
let error: MockInstance<typeof console.error>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  error = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe("logAuthError", () => {
  it.each([
    [new AccessDenied("AccessDenied"), "[auth][refused] AccessDenied"],
    [new Verification(), "[auth][refused] Verification"],
    [new MissingCSRF("CSRF token was missing during an action signin"), "[auth][refused] MissingCSRF: CSRF token was missing during an action signin"],
    [new OAuthAccountNotLinked("Another account already exists with the same e-mail address"), "[auth][refused] OAuthAccountNotLinked: Another account already exists with the same e-mail address"],
    [new UnknownAction("Cannot parse action at /api/auth/foo\nX: y"), "[auth][refused] UnknownAction: Cannot parse action at /api/auth/foo X: y"],
    [new JWTSessionError("JWTSessionError", { cause: { err: new jose.JWEInvalid("Invalid Compact JWE") } }), "[auth][refused] JWTSessionError: Invalid Compact JWE"],
    [new Error('Provider with id "github" not found. Available providers: [oidc, nodemailer, passkey].'), '[auth][refused] UnknownProvider: Provider with id "github" not found. Available providers: [oidc, nodemailer, passkey].'],
  ])("logs a visitor's refusal as one line without a stack: %s", (refusal, line) => {
    logAuthError(refusal);
    expect(warn.mock.calls).toEqual([[line]]);
    expect(error).not.toHaveBeenCalled();
  });

  it("logs a refusal that wraps another failure, and every other error, in full, as Auth.js does", () => {
    const failure = new Error("connect ECONNREFUSED");
    // The shape Auth.js gives a caught exception: { cause: { err, ...details } }.
    const wrapped = new AccessDenied("AccessDenied", { cause: { err: failure } });
    const session = new JWTSessionError("JWTSessionError", { cause: { err: failure } });
    const adapter = new AdapterError("AdapterError", { cause: { err: failure, method: "getUserByEmail" } });
    const plain = new Error("something else");
    for (const error of [wrapped, session, adapter, plain]) logAuthError(error);
    expect(warn).not.toHaveBeenCalled();
    expect(error.mock.calls).toEqual([
      [`[auth][error] AccessDenied: ${wrapped.message}`],
      ["[auth][cause]:", failure.stack],
      ["[auth][details]:", "{}"],
      [`[auth][error] JWTSessionError: ${session.message}`],
      ["[auth][cause]:", failure.stack],
      ["[auth][details]:", "{}"],
      [`[auth][error] AdapterError: ${adapter.message}`],
      ["[auth][cause]:", failure.stack],
      ["[auth][details]:", JSON.stringify({ method: "getUserByEmail" }, null, 2)],
      ["[auth][error] Error: something else"],
      [plain.stack?.replace(/.*/, "").substring(1)],
    ]);
  });
});
