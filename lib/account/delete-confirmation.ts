// Deleting an account cannot be undone, so the person types their email address to show they mean
// it and are in the account they think they are.

/** The message for the confirmation field, or undefined when `typed` is the account's address. */
export function deletionConfirmationProblem(typed: string, email: string): string | undefined {
  if (!typed.trim()) return "Type your email address to confirm.";
  if (typed.trim() !== email) return `That doesn't match. Type ${email} exactly.`;
}
