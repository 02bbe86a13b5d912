// Passkeys in tests: a virtual authenticator in the browser standing in for the person's device.
import type { CDPSession, Page } from "@playwright/test";

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
