// What the account page's actions answer, and what a form keeps when the database does not answer
// (lib/db/when-unavailable.ts): the typed text, or nothing, beside the "couldn't be saved" message.
// Apart from actions.ts because a "use server" file may export only its async actions.
import type { StepUpAction } from "@/lib/messages/step-up";
import { formText } from "@/lib/request/form-field";

/**
 * A text field's value and its message; `value` keeps what was typed when it is refused. `stepUp`:
 * refused until this session confirms its user (lib/auth/step-up.ts); the page offers the confirmation.
 */
export type FieldState = { value: string; error?: string; saved?: boolean; stepUp?: StepUpAction };
/** The outcome of a button without a field (unlink, delete a passkey, sign out a device). */
export type ButtonState = { error?: string; stepUp?: StepUpAction };

export const keepTyped = (field: string) => (_previous: FieldState, formData: unknown): FieldState => ({ value: formText(formData, field) });
export const nothingTyped = (): ButtonState => ({});
