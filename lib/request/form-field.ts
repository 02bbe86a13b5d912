/**
 * A text field of a submitted form; "" when it is missing or is a file. A server action receives
 * whatever the client put in the request (Next.js decodes any JSON arguments, not only a FormData),
 * so `form` is read as an empty form unless it is a FormData: the action's own checks then answer.
 */
export function formText(form: unknown, name: string): string {
  const value = form instanceof FormData ? form.get(name) : null;
  return typeof value === "string" ? value : "";
}
