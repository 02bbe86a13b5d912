// The import rules that keep the architecture honest, checked by `npm run lint` before any build
// (the edge guard after `next build` stays as the second line of defence):
// - edge code (middleware.ts, auth.config.ts, lib/edge/) imports only lib/edge/, the settings
//   (lib/env/settings.ts, edge-safe: it reads the site URL, the secrets, the providers), next/server,
//   next-auth and its edge-safe parts, jose and @panva/hkdf (the JWT decryption Auth.js itself
//   uses), and types: anything else could pull Node-only or database code into the Edge bundle;
// - the app's runtime code never imports dev, test or build tooling;
// - e2e/ uses tooling only through tooling/harness/, and tooling/ never imports e2e/: one harness
//   folder that both use, so neither depends on the other's internals.

/** Auth.js providers that need the database adapter or Node (mail, WebAuthn), so never the edge. */
const NODE_ONLY_PROVIDERS = ["nodemailer", "email", "passkey", "webauthn", "resend", "sendgrid", "postmark", "forwardemail", "loops", "http-email"];

const EDGE_PACKAGES = `next/server|jose|@panva/hkdf|next-auth|next-auth/jwt|next-auth/providers|next-auth/providers/(?!(?:${NODE_ONLY_PROVIDERS.join("|")})$)[\\w-]+`;

const EDGE_MESSAGE =
  "Edge code (middleware.ts, auth.config.ts, lib/edge/) may import only lib/edge/, lib/env/settings.ts, next/server, next-auth's edge-safe parts, jose, @panva/hkdf and types: this import could bring Node-only or database code into the Edge bundle. Move the code that needs it to auth.ts or lib/auth/, or use `import type` if only its types are needed.";

const edgeRule = (allowedProjectImports) => [
  "error",
  {
    patterns: [
      {
        regex: `^(?!(?:${EDGE_PACKAGES}|${allowedProjectImports})$)`,
        allowTypeImports: true,
        message: EDGE_MESSAGE,
      },
    ],
  },
];

export const EDGE_FILES = ["middleware.ts", "auth.config.ts", "lib/edge/**"];

export const boundaries = [
  {
    // Everything that runs in the app: pages, route handlers, lib/, and the top-level runtime files.
    files: ["app/**", "lib/**", "types/**", "*.ts", "*.mjs"],
    ignores: ["**/*.test.ts", "*.config.ts", "*.config.mjs"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)(tooling|scripts|e2e)(/|$)",
              message: "The app's runtime code must not import dev, test or build tooling (tooling/, scripts/, e2e/): move what both need into lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    // From the project root: the edge folder and the edge config.
    files: ["middleware.ts", "auth.config.ts"],
    rules: { "no-restricted-imports": edgeRule(String.raw`(?:\./|@/)lib/edge/.+|(?:\./|@/)lib/env/settings|\./auth\.config`) },
  },
  {
    // Inside the edge folder: its own modules.
    files: ["lib/edge/**"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": edgeRule(String.raw`\./[^/]+|@/lib/edge/.+|(?:\.\./|@/lib/)env/settings`) },
  },
  {
    files: ["e2e/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "(^|/)tooling/(?!harness/)", message: "e2e/ uses tooling only through tooling/harness/: import it from there (tooling/harness/tools.ts re-exports what specs drive)." }] },
      ],
    },
  },
  {
    files: ["tooling/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "(^|/)e2e(/|$)", message: "tooling/ never imports e2e/: move what both need into tooling/harness/." }] },
      ],
    },
  },
];
