// Deleting an account cannot be undone, so the person types their email address to show they mean
// it and are in the account they think they are. Letter case does not matter: addresses are stored
// in one spelling (lower-cased), and people type theirs as they signed up (`Ada@Example.com`).
import { addressSpelling } from "../auth/email-address";

/** The message for the confirmation field, or undefined when `typed` is the account's address. */
export function deletionConfirmationProblem(typed: string, email: string): string | undefined {
  const address = addressSpelling(typed);
  if (!address) return `Type ${email} to confirm.`;
  if (address !== addressSpelling(email)) return `That isn't your address. Type ${email} to confirm.`;
}
