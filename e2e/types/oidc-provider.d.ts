// oidc-provider ships no type declarations and @types/oidc-provider is not a dependency: this
// declares just the part of its API the e2e identity provider uses.
declare module "oidc-provider" {
  import type { JsonWebKey } from "node:crypto";
  import type { IncomingMessage, ServerResponse } from "node:http";

  export type Account = { accountId: string; claims(): Record<string, unknown> };

  export type ClientMetadata = {
    client_id: string;
    client_secret: string;
    redirect_uris: string[];
    response_types?: string[];
    grant_types?: string[];
  };

  export type Configuration = {
    clients?: ClientMetadata[];
    claims?: Record<string, string[]>;
    conformIdTokenClaims?: boolean;
    cookies?: { keys: string[] };
    features?: { devInteractions?: { enabled: boolean } };
    findAccount?: (context: unknown, id: string) => Account | undefined | Promise<Account | undefined>;
    jwks?: { keys: JsonWebKey[] };
    ttl?: Record<string, number>;
  };

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
  }
}
