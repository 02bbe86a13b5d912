// What specs import: Playwright's test with this suite's fixtures, plus the helpers they use.
// New fixtures belong in the same extend() call.
import { test as base, type Browser, type Page } from "@playwright/test";
import { runState } from "../tooling/harness/run-env";
import { Database } from "./support/database";
import { uniqueEmail } from "./support/emails";
import { serverOffersPasskeys } from "./support/passkeys";
import { saveSignedInUser, type SignedInUser } from "./support/signed-in-user";

type TestFixtures = {
  /** An address unique to this test, so tests never share a user. */
  email: string;
  /** A page of its own context, signed in as `signedInUser`. */
  signedInPage: Page;
  /** A page of its own context, signed in as `adminUser`. */
  adminPage: Page;
  /** Whether the server offers passkeys: tests that need them skip themselves when it does not. */
  passkeysOffered: boolean;
};

type WorkerFixtures = {
  /** The app's database, for assertions on its rows. */
  db: Database;
  /** A user with role "user", signed in once per worker by magic link; its tests share it, so none may change or delete it. */
  signedInUser: SignedInUser;
  /** Like `signedInUser`, with role "admin" in the database and in the session cookie. */
  adminUser: SignedInUser;
};

// A test-scoped context picks up the config's `use` options (baseURL, viewport…) by itself.
async function usePageSignedInAs(browser: Browser, user: SignedInUser, use: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ storageState: user.storageState });
  await use(await context.newPage());
  await context.close();
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  db: [
    async ({}, use) => {
      const { databaseUrl, bridgePort } = runState();
      const db = new Database({ url: databaseUrl, bridgePort });
      await use(db);
      await db.close();
    },
    { scope: "worker" },
  ],
  signedInUser: [
    async ({ browser, db }, use, workerInfo) => {
      await use(await saveSignedInUser(browser, db, { role: "user", workerIndex: workerInfo.workerIndex }));
    },
    { scope: "worker" },
  ],
  adminUser: [
    async ({ browser, db }, use, workerInfo) => {
      await use(await saveSignedInUser(browser, db, { role: "admin", workerIndex: workerInfo.workerIndex }));
    },
    { scope: "worker" },
  ],
  email: async ({}, use, testInfo) => {
    await use(uniqueEmail(testInfo));
  },
  signedInPage: async ({ browser, signedInUser }, use) => {
    await usePageSignedInAs(browser, signedInUser, use);
  },
  adminPage: async ({ browser, adminUser }, use) => {
    await usePageSignedInAs(browser, adminUser, use);
  },
  passkeysOffered: async ({ request }, use) => {
    await use(await serverOffersPasskeys(request));
  },
});

export { expect } from "@playwright/test";
export { idpDisplayName } from "../tooling/harness/idp-accounts";
export { uniqueEmail } from "./support/emails";
export { lastEmailTo, magicLinkIn } from "../tooling/harness/mailbox";
export { watchRequests } from "./support/network";
export { definition, signedInUserId } from "./support/pages";
export { addVirtualAuthenticator, PASSKEYS_OFF, withoutPasskeyAutofill, type VirtualAuthenticator } from "./support/passkeys";
export { hasSessionCookie, openMagicLink, requestMagicLink, signInWithEmail, signInWithOidc } from "./support/sign-in";
export { newSignedInContext, type SignedInUser } from "./support/signed-in-user";
export { runUserRoleScript } from "./support/user-role-script";
