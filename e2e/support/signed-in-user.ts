// Users signed in through the real magic-link flow, with the role their tests need already in the
// session cookie, and saved as Playwright storage state so that later contexts start signed in.
import path from "node:path";
import { expect, type Browser, type BrowserContext } from "@playwright/test";
import type { Role } from "../../lib/edge/route-rules";
import { appUrl, runState } from "../../tooling/harness/run-env";
import type { Database } from "./database";
import { signInWithEmail } from "./sign-in";
import { runUserRoleScript } from "./user-role-script";

export type SignedInUser = {
  email: string;
  /** users.id */
  id: string;
  /** A storage-state file: `browser.newContext({ storageState })` opens a context signed in as this user. */
  storageState: string;
};

/**
 * A new context signed in as the new user `email`, whose session cookie carries `role`; the caller
 * closes it. A role can only be given to a user who exists, i.e. after a first sign-in, whose
 * cookie still says "user": the second sign-in puts the database's role into a fresh token at once,
 * where waiting for the session check would take SESSION_REFRESH_SECONDS (minutes outside the suite).
 */
export async function newSignedInContext(browser: Browser, email: string, role: Role): Promise<BrowserContext> {
  // baseURL set here: a worker fixture runs outside any one test, so the config's `use` options
  // may not reach its contexts.
  const signIn = async () => {
    const context = await browser.newContext({ baseURL: appUrl() });
    await signInWithEmail(await context.newPage(), email);
    return context;
  };
  if (role === "user") return signIn();
  await (await signIn()).close();
  await runUserRoleScript(email, role);
  const context = await signIn();
  // The edge decides /api/admin/* from the cookie alone, so a 200 proves the cookie carries the role.
  const check = await context.request.get("/api/admin/users");
  expect(check.status(), `the session cookie of ${email} does not carry the ${role} role`).toBe(200);
  return context;
}

/** Signs in a new user with `role` and saves the session as storage state in the run's state dir. */
export async function saveSignedInUser(browser: Browser, db: Database, options: { role: Role; workerIndex: number }): Promise<SignedInUser> {
  const email = `${options.role}-w${options.workerIndex}-${Date.now()}@example.test`;
  const context = await newSignedInContext(browser, email, options.role);
  // The state dir goes at teardown, and the cookie inside is worthless after it anyway: every run
  // signs its cookies with a new AUTH_SECRET.
  const storageState = path.join(runState().stateDir, "storage-state", `${options.role}-w${options.workerIndex}.json`);
  await context.storageState({ path: storageState });
  await context.close();
  const { id } = await db.userByEmail(email);
  return { email, id, storageState };
}
