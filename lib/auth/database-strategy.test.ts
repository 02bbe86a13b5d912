// A cloner who switches session.strategy to "database" still signs in by email: this app's Auth.js
// config (auth.config.ts) with that one change, the app's adapter and email provider, against a real
// database and a real SMTP server, through Auth.js's own request handler (what next-auth's route
// handlers call). What the edge then cannot
// do is in the README ("Sessions").
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Auth, type AuthConfig } from "@auth/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { authConfig } from "../../auth.config";
import { Cleanup } from "../../tooling/harness/cleanup";
import { startSmtpSink, type StoredMail } from "../../tooling/harness/smtp-sink";
import { freePorts } from "../../tooling/local-db/ports";
import { scratchPrisma } from "../../tooling/vitest/scratch-prisma";
import { authAdapter } from "./adapter";
import { emailProvider } from "./email-provider";

const ORIGIN = "http://localhost:3999";
const cleanup = new Cleanup();
let db: Awaited<ReturnType<typeof scratchPrisma>>;
let mailDir: string;
let smtpPort: number;

beforeAll(async () => {
  db = await scratchPrisma();
  mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "database-strategy-mail-"));
  [smtpPort = 0] = await freePorts(1);
  await startSmtpSink({ port: smtpPort, mailDir, cleanup });
});
afterAll(async () => {
  await cleanup.run();
  await db.drop();
});

/** A browser's cookies for one site: what Set-Cookie gave, sent back on every request. */
class CookieJar {
  private readonly values = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", value = ""] = pair.split("=");
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.values.delete(name);
      else this.values.set(name, value);
    }
  }
  get(name: string) {
    return this.values.get(name);
  }
  get header() {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

it("signs in by email with database sessions, and signs out", { timeout: 60_000 }, async () => {
  const config: AuthConfig = {
    ...authConfig,
    basePath: "/api/auth",
    session: { strategy: "database" },
    adapter: authAdapter(db.prisma),
    providers: [emailProvider({ EMAIL_SERVER: `smtp://127.0.0.1:${smtpPort}`, EMAIL_FROM: "Test <no-reply@example.test>" })!],
    secret: "database-strategy-test-secret-of-enough-length",
    trustHost: true,
  };
  const jar = new CookieJar();
  const call = async (method: "GET" | "POST", url: string, form?: Record<string, string>) => {
    const request = new Request(new URL(url, ORIGIN), {
      method,
      headers: { cookie: jar.header, ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    const response = await Auth(request, config);
    jar.take(response);
    return response;
  };

  const { csrfToken } = (await (await call("GET", "/api/auth/csrf")).json()) as { csrfToken: string };
  const requested = await call("POST", "/api/auth/signin/nodemailer", { email: "Ada@Example.test", csrfToken, callbackUrl: "/dashboard" });
  expect(requested.headers.get("location")).toBe(`${ORIGIN}/api/auth/verify-request?provider=nodemailer&type=email`);

  const [file] = fs.readdirSync(mailDir).filter((name) => name.endsWith(".json"));
  const mail = JSON.parse(fs.readFileSync(path.join(mailDir, file ?? ""), "utf8")) as StoredMail;
  expect(mail.to).toBe("ada@example.test");
  const link = /http:\/\/\S+/.exec(mail.text)?.[0] ?? "";
  expect(link).toContain("/api/auth/callback/nodemailer?");

  const signedIn = await call("GET", link);
  expect(signedIn.headers.get("location")).toBe(`${ORIGIN}/dashboard`);
  // The cookie is the row's session token itself, not a JWT.
  const sessionToken = jar.get("authjs.session-token") ?? "";
  const row = await db.prisma.session.findUniqueOrThrow({ where: { sessionToken }, include: { user: true } });
  expect(row.user.email).toBe("ada@example.test");
  expect(row.expires.getTime()).toBeGreaterThan(Date.now());

  const session = (await (await call("GET", "/api/auth/session")).json()) as { user?: { id: string; email: string; role: string } };
  expect(session.user).toMatchObject({ id: row.userId, email: "ada@example.test", role: "user" });

  const { csrfToken: signOutCsrf } = (await (await call("GET", "/api/auth/csrf")).json()) as { csrfToken: string };
  await call("POST", "/api/auth/signout", { csrfToken: signOutCsrf });
  expect(await db.prisma.session.findUnique({ where: { sessionToken } })).toBeNull();
  expect(await (await call("GET", "/api/auth/session")).json()).toBeNull();
});
