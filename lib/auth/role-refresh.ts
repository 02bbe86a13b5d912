// How long a role copied into the JWT may be trusted before the Node side reads it again.
// The edge middleware decides admin access from the token alone. The Node `jwt` callback re-reads
// a role older than this, and app/_components/session-refresh.tsx asks for the session at most
// this often while the user browses, so a promotion or demotion reaches the edge within two
// intervals (at once on the 403 page). ROLE_REFRESH_SECONDS overrides it (the e2e suite uses seconds).
import { setting } from "../env/settings";

export const ROLE_REFRESH_SECONDS = setting("ROLE_REFRESH_SECONDS");

export const roleIsStale = (checkedAt: number | undefined, now = Date.now() / 1000) =>
  checkedAt === undefined || now - checkedAt >= ROLE_REFRESH_SECONDS;
