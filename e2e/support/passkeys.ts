// Passkeys in tests: a virtual authenticator in the browser standing in for the person's device.
import type { APIRequestContext, CDPSession, Page } from "@playwright/test";

/** Why a passkey test skips itself. */
export const PASSKEYS_OFF = "passkeys are switched off (lib/auth/sign-in-methods.ts)";

/** Whether the server runs Auth.js's Passkey provider, as its provider list says. */
export async function serverOffersPasskeys(request: APIRequestContext): Promise<boolean> {
  const answer = await request.get("/api/auth/providers");
  if (!answer.ok()) throw new Error(`/api/auth/providers answered HTTP ${answer.status()}`);
  return "passkey" in ((await answer.json()) as Record<string, unknown>);
}

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

/**
 * Makes `page`'s browser one without passkey autofill (WebAuthn conditional mediation), as many still
 * are, so that the sign-in page's button is the way in: the virtual authenticator would otherwise
 * answer the page's autofill request with its passkey before the button is clicked.
 */
export async function withoutPasskeyAutofill(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window.PublicKeyCredential) PublicKeyCredential.isConditionalMediationAvailable = async () => false;
  });
}
