import { describe, expect, it } from "vitest";
import { RETURN_TO_PARAM, SESSION_REFRESH_PATH, checkIsDue, sessionRefreshUrl } from "./session-check";

describe("sessionRefreshUrl", () => {
  it("points at the refresh route on the same origin and carries the path and query to return to", () => {
    const url = sessionRefreshUrl(new URL("https://app.example.com/admin/users?page=2&_rsc=abc"));
    expect(url.origin).toBe("https://app.example.com");
    expect(url.pathname).toBe(SESSION_REFRESH_PATH);
    expect(url.searchParams.get(RETURN_TO_PARAM)).toBe("/admin/users?page=2&_rsc=abc");
  });
});

describe("checkIsDue", () => {
  it("is due from recheckAt on, and at once for a token without one", () => {
    expect(checkIsDue({ recheckAt: 1000 }, 999)).toBe(false);
    expect(checkIsDue({ recheckAt: 1000 }, 1000)).toBe(true);
    expect(checkIsDue({}, 0)).toBe(true);
  });

  it("moves the due time by the leeway, earlier or later", () => {
    expect(checkIsDue({ recheckAt: 1000 }, 990, -15)).toBe(true);
    expect(checkIsDue({ recheckAt: 1000 }, 1010, 15)).toBe(false);
    expect(checkIsDue({ recheckAt: 1000 }, 1015, 15)).toBe(true);
  });
});
