// What counts as an email address here: one plain mailbox, spelled one way. Every address that
// reaches the email provider passes through plainMailbox(), from the sign-in form and from Auth.js's
// own endpoint alike (it is the provider's normalizeIdentifier). Auth.js's default normalizer keeps
// "k0,victim@example.test" as one address, which nodemailer then reads as two recipients.

// The rule browsers apply to <input type="email"> (WHATWG HTML), so the server never rejects an
// address the browser accepts, or the reverse. ASCII only: no display names ("Ada <a@b>"), groups
// ("g: a@b;"), comments, quoted local parts, commas, semicolons, spaces or control characters.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

// RFC 5321's limit for a forward path; longer addresses cannot be delivered.
const MAX_LENGTH = 254;

const EMPTY_EMAIL_MESSAGE = "Enter your email address.";
export const INVALID_EMAIL_MESSAGE = "Enter a valid email address, like name@example.com.";

export type MailboxCheck = { ok: true; address: string } | { ok: false; problem: string };

/**
 * The one spelling of an address that is stored and looked up, wherever it comes from (this form,
 * Auth.js's endpoint, an OAuth profile): trimmed, Unicode NFC, lower-case. The v4 upgrade
 * (prisma/upgrade/from-next-auth-v4.sql) spells the addresses it keeps the same way.
 */
export const addressSpelling = (raw: string): string => raw.trim().normalize("NFC").toLowerCase();

/** `raw` as the one spelling stored and mailed (addressSpelling), or why it is refused. */
export function checkMailbox(raw: unknown): MailboxCheck {
  if (typeof raw !== "string") return { ok: false, problem: EMPTY_EMAIL_MESSAGE };
  const address = addressSpelling(raw);
  if (!address) return { ok: false, problem: EMPTY_EMAIL_MESSAGE };
  if (address.length > MAX_LENGTH || !EMAIL.test(address)) return { ok: false, problem: INVALID_EMAIL_MESSAGE };
  return { ok: true, address };
}

/** The provider's normalizeIdentifier: the normalised address, or an error Auth.js turns into a refusal. */
export function plainMailbox(raw: unknown): string {
  const check = checkMailbox(raw);
  if (!check.ok) throw new TypeError(check.problem);
  return check.address;
}
