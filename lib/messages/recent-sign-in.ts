// What a person reads when adding a passkey or linking an account needs a fresher sign-in
// (lib/auth/recent-sign-in.ts): the code in /account's ?error=, and the sentence.
export const RECENT_SIGN_IN_CODE = "SignInAgain";

export const recentSignInMessage = (minutes: number) =>
  `To add a way to sign in, you need to have signed in within the last ${minutes} minutes. Confirm it's you (or sign in again), then add it.`;
