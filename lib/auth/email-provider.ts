// The magic-link provider. It needs the database adapter, so only auth.ts (Node) loads it.
import type { EmailConfig } from "next-auth/providers";
import Nodemailer from "next-auth/providers/nodemailer";
import { isProduction, mailSettings } from "../env/settings";
import { plainMailbox } from "./email-address";
import { printMagicLink, sendMagicLink } from "./magic-link-email";
import type { Env } from "../edge/env";

/** How long a sign-in link works (Auth.js's default for email providers). */
const MAGIC_LINK_MAX_AGE_SECONDS = 24 * 60 * 60;

export function emailProvider(env?: Env): EmailConfig | undefined {
  const { server, from } = mailSettings(env);
  if (server) {
    return Nodemailer({
      server,
      from,
      maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
      // One plain mailbox, whichever way the request came in (lib/auth/email-address.ts).
      normalizeIdentifier: plainMailbox,
      sendVerificationRequest: sendMagicLink,
    });
  }
  if (!isProduction(env)) {
    // Same provider id, so links and callbacks are identical to the SMTP setup.
    return {
      id: "nodemailer",
      type: "email",
      name: "Email",
      from,
      maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
      normalizeIdentifier: plainMailbox,
      sendVerificationRequest: printMagicLink,
    };
  }
  // Said once at server start (lib/env/checks.ts, envNotices), not here: `next build` loads this
  // module in several workers and would print it once per worker.
  return undefined;
}
