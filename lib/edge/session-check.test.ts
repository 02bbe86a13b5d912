import { describe, expect, it } from "vitest";
import { RETURN_TO_PARAM, SESSION_REFRESH_PATH, sessionRefreshUrl } from "./session-check";

describe("sessionRefreshUrl", () => {
  it("points at the refresh route on the same origin and carries the path and query to return to", () => {
    const url = sessionRefreshUrl(new URL("https://app.example.com/admin/users?page=2&_rsc=abc"));
    expect(url.origin).toBe("https://app.example.com");
    expect(url.pathname).toBe(SESSION_REFRESH_PATH);
    expect(url.searchParams.get(RETURN_TO_PARAM)).toBe("/admin/users?page=2&_rsc=abc");
  });
});
