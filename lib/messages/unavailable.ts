// What people read while the database does not answer. Nothing about hosts, drivers or errors.

export const UNAVAILABLE_TITLE = "Temporarily unavailable";
export const UNAVAILABLE_PAGE_TEXT = "This page needs data we can't reach right now. Nothing is lost: try again in a moment.";
export const UNAVAILABLE_ACTION_MESSAGE = "This couldn't be saved right now: our database isn't answering. Nothing was changed; try again in a moment.";
export const UNAVAILABLE_SIGN_IN_MESSAGE = "Sign-in is temporarily unavailable: our database isn't answering. Try again in a moment.";
export const UNAVAILABLE_SIGN_OUT_MESSAGE = "You are still signed in: our database isn't answering, so this session couldn't be ended everywhere. Try again in a moment.";
