// Passkeys in tests: a virtual authenticator in the browser standing in for the person's device,
// and the authenticators rows the app keeps for them.
import { Pool } from "@neondatabase/serverless";
import type { CDPSession, Page } from "@playwright/test";
import { configureNeonDriver } from "../../lib/neon-driver";
import { test as base } from "../fixtures";
import { runState } from "../harness/run-env";

export type VirtualAuthenticator = {
  /** The credentials the device holds; each is one passkey. */
  credentialIds(): Promise<string[]>;
};

/**
 * Gives `page` a device that creates and holds passkeys and approves every prompt with a verified
 * user (a fingerprint that always matches). It lives as long as the page: another page, even in
 * the same context, has no authenticator until this is called for it too.
 */
export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentialIds: async () => {
      const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
      return credentials.map((credential) => credential.credentialId);
    },
  };
}

export type AuthenticatorRow = {
  credential_id: string;
  user_id: string;
  counter: number;
  name: string | null;
  created_at: Date;
  last_used_at: Date | null;
};

/** The authenticators table, read the way e2e/support/database.ts reads the others. */
export class PasskeyRows {
  private readonly pool: Pool;

  constructor(options: { url: string; bridgePort: number }) {
    configureNeonDriver(options.url, { ...process.env, NEON_BRIDGE_PORT: String(options.bridgePort) });
    this.pool = new Pool({ connectionString: options.url, max: 1 });
  }

  async of(userId: string): Promise<AuthenticatorRow[]> {
    const { rows } = await this.pool.query<AuthenticatorRow>(
      "SELECT credential_id, user_id, counter, name, created_at, last_used_at FROM authenticators WHERE user_id = $1 ORDER BY created_at",
      [userId],
    );
    return rows;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** The suite's test, plus `passkeyRows`. */
export const test = base.extend<Record<never, never>, { passkeyRows: PasskeyRows }>({
  passkeyRows: [
    async ({}, use) => {
      const { databaseUrl, bridgePort } = runState();
      const rows = new PasskeyRows({ url: databaseUrl, bridgePort });
      await use(rows);
      await rows.close();
    },
    { scope: "worker" },
  ],
});
