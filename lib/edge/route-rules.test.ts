import { describe, expect, it } from "vitest";
import { decide } from "./route-rules";

const user = { role: "user" as const };
const admin = { role: "admin" as const };

describe("decide", () => {
  it("lets anyone see public pages", () => {
    expect(decide("/", undefined)).toBe("allow");
    expect(decide("/dashboards-are-public-here", undefined)).toBe("allow");
  });

  it("sends signed-out visitors of protected pages to sign in, and answers 401 on APIs", () => {
    expect(decide("/dashboard", undefined)).toBe("sign-in");
    expect(decide("/dashboard/settings", undefined)).toBe("sign-in");
    expect(decide("/api/me", undefined)).toBe("unauthorized");
  });

  it("keeps admin routes for admins", () => {
    expect(decide("/admin", user)).toBe("forbidden");
    expect(decide("/api/admin/users", user)).toBe("forbidden");
    expect(decide("/admin", admin)).toBe("allow");
    expect(decide("/admin", undefined)).toBe("sign-in");
    expect(decide("/api/admin/users", undefined)).toBe("unauthorized");
  });

  it("sends signed-in users away from the sign-in page", () => {
    expect(decide("/signin", user)).toBe("signed-in");
    expect(decide("/signin", undefined)).toBe("allow");
    expect(decide("/dashboard", user)).toBe("allow");
  });
});
