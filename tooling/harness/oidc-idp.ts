// A real OpenID Connect provider (panva's oidc-provider) with its development login and consent
// screens, registered with one client: the app under test.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import Provider from "oidc-provider";
import type { Cleanup } from "./cleanup";
import { idpClaims } from "./idp-accounts";

export type OidcClient = { id: string; secret: string; redirectUri: string };

export async function startOidcProvider(options: { port: number; client: OidcClient; cleanup: Cleanup }): Promise<string> {
  const issuer = `http://localhost:${options.port}`;
  // Our own signing key, instead of the package's well-known development keys and their warning.
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.client.id,
        client_secret: options.client.secret,
        redirect_uris: [options.client.redirectUri],
        response_types: ["code"],
        grant_types: ["authorization_code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Auth.js reads the profile from the ID token, which otherwise carries only `sub`.
    conformIdTokenClaims: false,
    cookies: { keys: [randomBytes(32).toString("hex")] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_context, id) => ({ accountId: id, claims: () => idpClaims(id) }),
    jwks: { keys: [signingKey] },
    // Explicit lifetimes (seconds; a run lasts minutes) keep the provider from noting its defaults.
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
  });
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  options.cleanup.add("OIDC provider", () => {
    const closed = new Promise<void>((done) => server.close(() => done()));
    // The app's fetches keep connections alive, and close() would wait for them.
    server.closeAllConnections();
    return closed;
  });
  return issuer;
}
