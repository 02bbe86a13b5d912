// Production hardening as a browser and a proxy see it: security headers on every response,
// session cookies that scripts cannot read, and a health endpoint that says nothing but "ok".
import { expect, signInWithEmail, test } from "./fixtures";

test("every response carries the security headers and no X-Powered-By", async ({ request }) => {
  for (const path of ["/", "/signin", "/api/me", "/api/health", "/api/health/live"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"], path).toMatch(/^max-age=\d+/);
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, email }) => {
  await signInWithEmail(page, email);
  const session = (await page.context().cookies()).find((cookie) => cookie.name.includes("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
});

test("/api/health says the database answers, and nothing more", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ db: "ok" });
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("/api/health/live answers for a signed-out visitor, uncached, and says nothing more", async ({ request }) => {
  const response = await request.get("/api/health/live");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ app: "ok" });
  expect(response.headers()["cache-control"]).toBe("no-store");
});
