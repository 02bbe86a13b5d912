// How long a role copied into the JWT may be trusted before the Node side reads it again.
// The edge middleware decides admin access from the token alone, so a promotion or demotion reaches
// it within this many seconds, at the next request that runs the Node `jwt` callback and writes the
// cookie (the session refresh that app/_components/session-refresh.tsx triggers on every page).
// ROLE_REFRESH_SECONDS overrides it (the e2e suite shortens it to seconds).
const DEFAULT_SECONDS = 5 * 60;

export const ROLE_REFRESH_SECONDS = Number(process.env.ROLE_REFRESH_SECONDS) || DEFAULT_SECONDS;

export const roleIsStale = (checkedAt: number | undefined, now = Date.now() / 1000) =>
  checkedAt === undefined || now - checkedAt >= ROLE_REFRESH_SECONDS;
