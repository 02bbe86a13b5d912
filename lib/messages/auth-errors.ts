// One plain sentence per Auth.js error code, for the ?error= that Auth.js adds when it sends people
// to the sign-in or error page. Auth.js v5 sends its error class names (OAuthCallbackError); the
// v4 codes (OAuthCallback) are kept because old links and docs still use them.

const OAUTH_SIGNIN = "We couldn't start signing you in with that provider. Try again, or choose another way to sign in.";
const OAUTH_CALLBACK = "The sign-in provider didn't finish signing you in. Try again, or choose another way to sign in.";
const CALLBACK = "Something went wrong while finishing your sign-in. Try again.";
const EMAIL_SIGNIN = "We couldn't send the sign-in email. Check the address and try again in a moment.";
const NOT_LINKED =
  "That email address already belongs to an account. Sign in the way you did before, then link this provider from your account page.";

const messages = new Map(
  Object.entries({
    Configuration: "Sign-in isn't set up correctly on this server. If you run this site, check the server logs.",
    AccessDenied: "You aren't allowed to sign in with that account.",
    Verification: "This sign-in link is no longer valid: it has expired or was already used. Request a new one.",
    Signin: "Try signing in with a different account.",
    OAuthSignin: OAUTH_SIGNIN,
    OAuthSignInError: OAUTH_SIGNIN,
    OAuthCallback: OAUTH_CALLBACK,
    OAuthCallbackError: OAUTH_CALLBACK,
    OAuthCreateAccount: "We couldn't create your account from the sign-in provider's details. Try another way to sign in.",
    EmailCreateAccount: "We couldn't create an account for that email address. Try again later.",
    Callback: CALLBACK,
    CallbackRouteError: CALLBACK,
    OAuthAccountNotLinked: NOT_LINKED,
    AccountNotLinked: NOT_LINKED,
    EmailSignin: EMAIL_SIGNIN,
    EmailSignInError: EMAIL_SIGNIN,
    CredentialsSignin: "Those sign-in details aren't right. Check them and try again.",
    SessionRequired: "Please sign in to see that page.",
    MissingCSRF: "The sign-in form expired. Reload the page and try again.",
    WebAuthnVerificationError: "We couldn't verify your passkey. Try again.",
  }),
);

const DEFAULT_AUTH_ERROR = "Something went wrong while signing you in. Try again.";

// A Map, not an object lookup: a code like "constructor" must not reach Object.prototype.
export const authErrorMessage = (code: string | undefined): string =>
  (code !== undefined && messages.get(code)) || DEFAULT_AUTH_ERROR;
