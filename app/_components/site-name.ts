// The product's name: the header, the footer, the home page, every page title and the
// "temporarily unavailable" page show it. Rename your copy here.
export const APP_NAME = "Edge Auth Starter";
/** The footer's line, on every page and the "temporarily unavailable" one. */
export const APP_TAGLINE = "Sign-in by Auth.js · checked at the edge · data in Postgres";
