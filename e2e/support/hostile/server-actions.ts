// Every server action of the build, called the way Next's client calls one (POST to its page with a
// `next-action` header and the arguments as JSON text), with arguments no form would send: none,
// null, a number, a string, an object posing as a FormData. The ids come from the build's
// server-reference manifest, as an attacker would read them from the page's JavaScript.
import fs from "node:fs";
import path from "node:path";
import { decide } from "../../../lib/edge/route-rules";
import { DIST_DIR } from "../../../tooling/harness/next-app";
import type { HostileCase } from "./catalog";
import type { RawResponse } from "./raw-request";

const MALFORMED_ACTION_ARGUMENTS = ["[]", '[null,"x"]', "[{},5]", '["str"]', '[{},{"get":1}]'];

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };
export type ServerAction = { id: string; name: string; page: string };

/** "app/(auth)/signin/page" → "/signin"; undefined for pages a plain URL cannot reach (dynamic, internal). */
function pagePath(worker: string): string | undefined {
  const segments = worker.replace(/^app\//, "").replace(/\/?page$/, "").split("/").filter((segment) => segment && !/^\(.*\)$/.test(segment));
  if (segments.some((segment) => segment.startsWith("_") || segment.startsWith("["))) return undefined;
  return `/${segments.join("/")}`;
}

/** What the middleware does with a signed-in user's request for `page`. */
const forSignedIn = (page: string) => decide(page, { role: "user", recheckAt: Number.MAX_SAFE_INTEGER }, Date.now() / 1000);

/** A page a signed-in user may post to (not one that sends them away), else any page of the action. */
function pageFor(workers: string[]): string | undefined {
  const pages = workers.map(pagePath).filter((page): page is string => page !== undefined);
  return pages.find((page) => forSignedIn(page) === "allow") ?? pages[0];
}

export function buildServerActions(projectDir = process.cwd()): ServerAction[] {
  const file = path.join(projectDir, DIST_DIR, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).flatMap(([id, entry]) => {
    const page = pageFor(Object.keys(entry.workers));
    return page ? [{ id, page, name: `${entry.filename ?? "?"} ${entry.exportedName ?? "?"}` }] : [];
  });
}

/** The action ran and answered (its result, or its redirect), rather than "no such action". */
const actionAnswered = (response: RawResponse) =>
  response.headers["x-nextjs-action-not-found"] === undefined && [200, 303].includes(response.status)
    ? undefined
    : `the action did not answer (${response.status})`;

/**
 * Each action with each malformed argument list, from the page's own origin; with `sessionCookie` as the
 * cookie except on pages a signed-in user is sent away from (the sign-in page).
 */
export function malformedActionCases(actions: ServerAction[], origin: string, sessionCookie: string): HostileCase[] {
  return actions.flatMap(({ id, name, page }) =>
    MALFORMED_ACTION_ARGUMENTS.map((body) => ({
      kind: "server action: malformed arguments",
      label: `${name} on ${page} ${body}`,
      request: {
        method: "POST",
        path: page,
        headers: {
          "next-action": id,
          "content-type": "text/plain;charset=UTF-8",
          // As a browser's fetch sends it (without, the middleware refuses it: lib/edge/server-action-body.ts).
          "content-length": String(Buffer.byteLength(body)),
          origin,
          ...(forSignedIn(page) === "signed-in" ? {} : { cookie: sessionCookie }),
        },
        body,
      },
      check: actionAnswered,
    })),
  );
}

/**
 * Each action called from origins Next.js would refuse (another host, "null", an empty or unparsable
 * Origin), and a multipart form post to each page of them from another host: the middleware answers
 * 403 before Next.js would answer 500.
 */
export function crossOriginActionCases(actions: ServerAction[], port: number): HostileCase[] {
  const origins = ["http://evil.test", "null", "", "http://", `http://localhost:${port}.evil.test`];
  const refused = (response: RawResponse) => (response.status === 403 ? undefined : `answered ${response.status}, expected 403`);
  const kind = "server action: foreign Origin";
  const calls = actions.flatMap(({ id, name, page }) =>
    origins.map((origin) => ({
      kind,
      label: `${name} on ${page} from ${JSON.stringify(origin)}`,
      request: { method: "POST", path: page, headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin }, body: "[]" },
      check: refused,
    })),
  );
  const forms = [...new Set(actions.map(({ page }) => page))].map((page) => ({
    kind,
    label: `multipart form to ${page}`,
    request: { method: "POST", path: page, headers: { "content-type": "multipart/form-data; boundary=x", origin: "http://evil.test" }, body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n' },
    check: refused,
  }));
  return [...calls, ...forms];
}
