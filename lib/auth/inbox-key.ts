// Which inbox an address reaches, as far as the sign-in email limit is concerned. Most providers
// deliver "ada+anything@example.com" to ada@example.com (RFC 5233 sub-addressing), and Gmail also
// ignores dots in the local part and treats googlemail.com as gmail.com: counted per address,
// "ada+0@" … "ada+9@" would put ten times the per-address limit into one inbox. Only the limit's key
// is folded; the mail goes to the address as given, and the account keeps it.

const GMAIL_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

/** `address` (already one plain, lower-cased mailbox) without its sub-address, and for Gmail without dots. */
export function inboxKey(address: string): string {
  const at = address.lastIndexOf("@");
  const domain = address.slice(at + 1);
  let local = address.slice(0, at);
  // "+tag@" alone is a mailbox of its own, not a tag of the empty one.
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) return `${local.replaceAll(".", "") || local}@gmail.com`;
  return `${local}@${domain}`;
}
