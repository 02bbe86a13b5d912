// Which Auth.js route a request is for, read from its path the way Auth.js reads it: after
// /api/auth, empty segments dropped ("callback//github" is the callback of github).
export type AuthRoute = { action?: string; provider?: string; rest: string[] };

export function authRouteOf(pathname: string): AuthRoute {
  const [action, provider, ...rest] = pathname.replace(/^.*?\/api\/auth(?=\/|$)/, "").split("/").filter(Boolean);
  return { action, provider, rest };
}
