// Requests straight at Auth.js's endpoints, as a script (or an attacker) sends them, without a browser.

/** A CSRF token and the cookie that goes with it, from GET /api/auth/csrf. */
export async function csrfPair(baseUrl: string): Promise<{ csrfToken: string; cookie: string }> {
  const response = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  return { csrfToken, cookie };
}

/** POST /api/auth/signin/nodemailer with a valid CSRF pair, as a form. */
export async function requestEmailAtEndpoint(
  baseUrl: string,
  email: string,
  options: { csrf?: { csrfToken: string; cookie: string }; headers?: Record<string, string> } = {},
): Promise<Response> {
  const csrf = options.csrf ?? (await csrfPair(baseUrl));
  return fetch(`${baseUrl}/api/auth/signin/nodemailer`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, ...options.headers },
    body: new URLSearchParams({ email, csrfToken: csrf.csrfToken, callbackUrl: "/dashboard" }),
  });
}
