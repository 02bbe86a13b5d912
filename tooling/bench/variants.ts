// What the benchmark loads, and which figures it divides: config as data. Each variant is one
// request repeated by the load generator; each ratio divides two variants measured in the same
// round, so drift of a shared machine affects both sides alike.

export type Variant = {
  id: string;
  label: string;
  path: string;
  /** Sent with the signed-in user's session cookie. */
  session: boolean;
  /** The only status that counts as the intended answer; anything else is reported. */
  status: number;
};

export const VARIANTS = [
  { id: "home-anon", label: "/ without a session", path: "/", session: false, status: 200 },
  { id: "home-session", label: "/ with a session", path: "/", session: true, status: 200 },
  { id: "dashboard-session", label: "/dashboard with a session", path: "/dashboard", session: true, status: 200 },
  { id: "me-session", label: "/api/me with a session", path: "/api/me", session: true, status: 200 },
  { id: "live-anon", label: "/api/health/live (no session, no database)", path: "/api/health/live", session: false, status: 200 },
  { id: "providers-anon", label: "/api/auth/providers (no middleware, no session, no database)", path: "/api/auth/providers", session: false, status: 200 },
  { id: "health-anon", label: "/api/health (no session, SELECT 1)", path: "/api/health", session: false, status: 200 },
  { id: "me-anon", label: "/api/me without a session (401 at the edge)", path: "/api/me", session: false, status: 401 },
  { id: "session-endpoint", label: "/api/auth/session with a session", path: "/api/auth/session", session: true, status: 200 },
] as const satisfies readonly Variant[];

export type VariantId = (typeof VARIANTS)[number]["id"];

export type Ratio = {
  id: string;
  label: string;
  numerator: VariantId;
  denominator: VariantId;
  /** The goal of issue 10, printed beside the figure; the benchmark never fails on it. */
  target: number;
  /** Why this denominator, for the README and the printed table. */
  note: string;
};

export const RATIOS = [
  {
    id: "session-overhead",
    label: "session overhead",
    numerator: "home-session",
    denominator: "home-anon",
    target: 0.9,
    note: "same page, same build",
  },
  {
    id: "protected-page",
    label: "protected page",
    numerator: "dashboard-session",
    denominator: "home-session",
    target: 0.9,
    note: "a protected page against a public one, both signed in",
  },
  {
    id: "api",
    label: "API",
    numerator: "me-session",
    denominator: "live-anon",
    target: 0.8,
    // What a session costs an API route: both pass the middleware and run a route handler. Next's
    // own cost of running a middleware at all is the same for both and shows in the providers row
    // (a route the matcher skips); /api/health would add a SELECT 1 that /api/me does not make.
    note: "a JSON route behind the same middleware, with no session and no database",
  },
] as const satisfies readonly Ratio[];
