// Auth.js's own error classes, as its handlers pass them to logger.error.
import { AccessDenied, AdapterError, MissingCSRF, OAuthAccountNotLinked, UnknownAction, Verification } from "@auth/core/errors";
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
  ])("logs a visitor's refusal as one line without a stack: %s", (refusal, line) => {
    logAuthError(refusal);
    expect(warn.mock.calls).toEqual([[line]]);
    expect(error).not.toHaveBeenCalled();
  });

  it("logs a refusal that wraps an exception, and every other error, in full", () => {
    // The shape Auth.js gives a caught exception: { cause: { err } }.
    const thrown = { cause: { err: new Error("connect ECONNREFUSED") } };
    const wrapped = new AccessDenied("AccessDenied", thrown);
    const adapter = new AdapterError("AdapterError", thrown);
    logAuthError(wrapped);
    logAuthError(adapter);
    expect(error.mock.calls).toEqual([
      ["[auth][error]", wrapped],
      ["[auth][error]", adapter],
    ]);
    expect(warn).not.toHaveBeenCalled();
  });
});
