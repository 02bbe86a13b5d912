// What the app does when the database does not answer, in each kind of place that needs it: a page
// sends the visitor to the "temporarily unavailable" page (503, with a way back), a server action
// returns a message next to its form and keeps what was typed, a JSON API answers
// 503 {"error":"unavailable"}. Any other error stays an error.
import { redirect } from "next/navigation";
import { UNAVAILABLE_ACTION_MESSAGE } from "../messages/unavailable";
import { isDatabaseUnavailable } from "./database-unavailable";

const UNAVAILABLE_PAGE = "/unavailable";

/** Seconds after which a client may try again; the page and the APIs say so in Retry-After. */
export const RETRY_AFTER_SECONDS = 30;

export const unavailablePageFor = (from: string) => `${UNAVAILABLE_PAGE}?${new URLSearchParams({ from })}`;

/** `load()`'s data for the page at `from`, or the "temporarily unavailable" page when the database does not answer. */
export async function pageData<T>(from: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isDatabaseUnavailable(error)) redirect(unavailablePageFor(from));
    throw error;
  }
}

/** A form action whose state, when the database does not answer, is `kept` (what was typed) with the message. */
export function withOutageMessage<S extends { error?: string }>(
  action: (previous: S, formData: unknown) => Promise<S>,
  kept: (previous: S, formData: unknown) => S,
): (previous: S, formData: unknown) => Promise<S> {
  return async (previous, formData) => {
    try {
      return await action(previous, formData);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      return { ...kept(previous, formData), error: UNAVAILABLE_ACTION_MESSAGE };
    }
  };
}

const unavailableJson = () =>
  Response.json({ error: "unavailable" }, { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } });

/** A JSON route handler that answers 503 {"error":"unavailable"} when the database does not answer. */
export function jsonUnlessUnavailable<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseUnavailable(error)) return unavailableJson();
      throw error;
    }
  };
}
