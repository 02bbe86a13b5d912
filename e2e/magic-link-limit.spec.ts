// A sign-in form is a way to make this server send mail to any address: three links per address
// per 15 minutes, whether asked for through the page or straight at Auth.js's endpoint.
import { expect, requestMagicLink, test } from "./fixtures";

const LIMIT = 3;

test("a fourth sign-in link within minutes is refused, on the page and at Auth.js's endpoint", async ({ page, email, db }) => {
  for (let sent = 0; sent < LIMIT; sent += 1) {
    await page.goto("/signin");
    await requestMagicLink(page, email);
  }
  expect(await db.verificationTokens(email)).toHaveLength(LIMIT);

  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText(`${LIMIT} sign-in links were already sent to this address`)).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === "/signin");

  // Straight at Auth.js, skipping the page's check: refused before a token is made.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const direct = await page.request.post("/api/auth/signin/nodemailer", {
    form: { email, csrfToken },
    maxRedirects: 0,
  });
  expect(direct.status()).toBe(302);
  expect(direct.headers().location).toContain("error=AccessDenied");
  expect(await db.verificationTokens(email)).toHaveLength(LIMIT);
});
