// The session limits, read once from the environment (validated at startup by lib/env/checks.ts).
// SESSION_REFRESH_SECONDS is the revocation bound: a session is checked against its database row at
// least this often while it is used, so a revoked session, a deleted account or a changed role
// reaches every request within it. Shorter means faster revocation and one indexed query per
// session that often; longer means fewer queries and a longer window for a copied cookie.
import { setting } from "../env/settings";

const DAY_SECONDS = 86_400;

export const SESSION_REFRESH_SECONDS = setting("SESSION_REFRESH_SECONDS");
/** A session unused this long ends; also the lifetime of the cookie and the JWT, renewed at each check. */
export const SESSION_IDLE_SECONDS = Math.round(setting("SESSION_IDLE_DAYS") * DAY_SECONDS);
/** A session this old ends, however much it is used. */
export const SESSION_MAX_SECONDS = Math.round(setting("SESSION_MAX_DAYS") * DAY_SECONDS);
