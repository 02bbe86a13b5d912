import { describe, expect, it } from "vitest";
import { decide } from "./route-rules";
import { SESSION_REFRESH_PATH } from "./session-check";

const NOW = 1_800_000_000;
const user = { role: "user" as const, recheckAt: NOW + 60 };
const admin = { role: "admin" as const, recheckAt: NOW + 60 };

describe("decide", () => {
  it("lets a half-signed-in session reach only the two-factor page (and its check), from the token alone", () => {
    const half = { ...admin, twoFactorPending: true };
    expect(decide("/two-factor", half, NOW)).toBe("allow");
    expect(decide(SESSION_REFRESH_PATH, half, NOW)).toBe("allow");
    for (const path of ["/", "/dashboard", "/account", "/admin", "/signin", "/two-factor/x", "/two-factorx"]) expect(decide(path, half, NOW), path).toBe("two-factor");
    for (const path of ["/api/me", "/api/admin/users", "/api/anything"]) expect(decide(path, half, NOW), path).toBe("unauthorized");
    // Without the claim the same token is signed in.
    expect(decide("/admin", admin, NOW)).toBe("allow");
  });

  it("lets anyone see public pages", () => {
    expect(decide("/", undefined, NOW)).toBe("allow");
    expect(decide("/dashboards-are-public-here", undefined, NOW)).toBe("allow");
  });

  it("sends signed-out visitors of protected pages to sign in, and answers 401 on APIs", () => {
    expect(decide("/dashboard", undefined, NOW)).toBe("sign-in");
    expect(decide("/dashboard/settings", undefined, NOW)).toBe("sign-in");
    expect(decide("/api/me", undefined, NOW)).toBe("unauthorized");
  });

  it("keeps admin routes for admins", () => {
    expect(decide("/admin", user, NOW)).toBe("forbidden");
    expect(decide("/api/admin/users", user, NOW)).toBe("forbidden");
    expect(decide("/admin", admin, NOW)).toBe("allow");
    expect(decide("/admin", undefined, NOW)).toBe("sign-in");
    expect(decide("/api/admin/users", undefined, NOW)).toBe("unauthorized");
  });

  it("sends signed-in users away from the sign-in page", () => {
    expect(decide("/signin", user, NOW)).toBe("signed-in");
    expect(decide("/signin", undefined, NOW)).toBe("allow");
    expect(decide("/dashboard", user, NOW)).toBe("allow");
  });

  it("sends every request of a session due for its check through the Node side first, whatever the path", () => {
    const due = { role: "admin" as const, recheckAt: NOW };
    for (const path of ["/", "/dashboard", "/admin", "/api/me", "/api/admin/users", "/signin"]) {
      expect(decide(path, due, NOW), path).toBe("check-session");
      expect(decide(path, due, NOW - 1), path).not.toBe("check-session");
    }
    // A token from before session checks has no recheckAt.
    expect(decide("/dashboard", { role: "user" }, NOW)).toBe("check-session");
    // The check itself is never sent round again.
    expect(decide(SESSION_REFRESH_PATH, due, NOW)).toBe("allow");
  });

  it("tells a visitor whose session was just ended why, instead of asking to sign in", () => {
    expect(decide("/dashboard", undefined, NOW, true)).toBe("session-ended");
    expect(decide("/api/me", undefined, NOW, true)).toBe("unauthorized");
    expect(decide("/", undefined, NOW, true)).toBe("allow");
    expect(decide("/dashboard", user, NOW, true)).toBe("allow");
  });
});
