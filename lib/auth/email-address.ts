// The same rule browsers apply to <input type="email"> (WHATWG HTML), so the server never rejects
// an address the browser would accept, or the reverse.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

// RFC 5321's limit for a forward path; longer addresses cannot be delivered.
const MAX_LENGTH = 254;

/** Why `email` cannot receive a sign-in link, as a sentence for the form, or undefined if it can. */
export function emailProblem(email: string): string | undefined {
  if (!email) return "Enter your email address.";
  if (email.length > MAX_LENGTH || !EMAIL.test(email)) return "Enter a valid email address, like name@example.com.";
}
