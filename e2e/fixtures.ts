// What specs import: Playwright's test with this suite's fixtures, plus the helpers they use.
// New fixtures (a signed-in page, an admin page) belong in the same extend() call.
import { test as base } from "@playwright/test";
import { runState } from "./harness/run-env";
import { Database } from "./support/database";
import { uniqueEmail } from "./support/emails";

type TestFixtures = {
  /** An address unique to this test, so tests never share a user. */
  email: string;
};

type WorkerFixtures = {
  /** The app's database, for assertions on its rows. */
  db: Database;
};

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
  email: async ({}, use, testInfo) => {
    await use(uniqueEmail(testInfo));
  },
});

export { expect } from "@playwright/test";
export { idpDisplayName } from "./harness/idp-accounts";
export { uniqueEmail } from "./support/emails";
export { lastEmailTo, magicLinkIn } from "./support/mailbox";
export { watchRequests } from "./support/network";
export { definition } from "./support/pages";
export { hasSessionCookie, openMagicLink, requestMagicLink, signInWithEmail, signInWithOidc } from "./support/sign-in";
