// High or critical advisories in the production dependencies that were read and found not to apply
// here, each with the reason (README, "Security"). The audit gate fails on any other.

export type ReviewedAdvisory = { id: string; package: string; why: string };

export const REVIEWED_ADVISORIES: readonly ReviewedAdvisory[] = [
  {
    id: "GHSA-p6gq-j5cr-w38f",
    package: "nodemailer",
    why: "The message-level `raw` option reads files and URLs: the app never passes `raw`; every message is built from fixed fields (lib/auth/magic-link-email.ts). Fixed only in nodemailer 9, outside next-auth's peer range (^7.0.7 || ^8.0.5).",
  },
  {
    id: "GHSA-2x7j-588g-ccc2",
    package: "nodemailer",
    why: "Quadratic time in the address parser for a crafted address list: every address that reaches nodemailer is one plain mailbox of at most 254 characters (lib/auth/email-address.ts), and the sender is configuration. Fixed only in nodemailer 9, outside next-auth's peer range.",
  },
];
