import { describe, expect, it } from "vitest";
import { envProblems } from "./env";

const valid = {
  AUTH_SECRET: "x".repeat(44),
  DATABASE_URL: "postgresql://user:pass@ep-cool-name.eu-central-1.aws.neon.tech/app?sslmode=require",
};

describe("envProblems", () => {
  it("accepts a minimal valid environment", () => {
    expect(envProblems(valid, true)).toEqual([]);
  });

  it("names a missing AUTH_SECRET and how to make one", () => {
    expect(envProblems({ ...valid, AUTH_SECRET: undefined })).toEqual([
      "AUTH_SECRET is not set: run `npx auth secret` or add it to .env.local",
    ]);
  });

  it("refuses a short AUTH_SECRET", () => {
    expect(envProblems({ ...valid, AUTH_SECRET: "short" })[0]).toMatch(/^AUTH_SECRET is shorter than 32/);
  });

  it("explains a missing or malformed DATABASE_URL", () => {
    expect(envProblems({ ...valid, DATABASE_URL: undefined })[0]).toMatch(/^DATABASE_URL is not set: .*npm run dev/);
    expect(envProblems({ ...valid, DATABASE_URL: "mysql://x" })[0]).toMatch(/^DATABASE_URL is not a postgres:\/\//);
    expect(envProblems({ ...valid, DATABASE_URL_UNPOOLED: "nonsense" })[0]).toMatch(/^DATABASE_URL_UNPOOLED is not/);
  });

  it("wants OAuth credentials in complete sets", () => {
    expect(envProblems({ ...valid, AUTH_GITHUB_ID: "id" })).toEqual([
      "AUTH_GITHUB_SECRET is not set but AUTH_GITHUB_ID is: set all of AUTH_GITHUB_ID, AUTH_GITHUB_SECRET to enable GitHub sign-in, or none to hide it",
    ]);
    expect(envProblems({ ...valid, AUTH_OIDC_ISSUER: "https://idp.example.com" })[0]).toMatch(
      /^AUTH_OIDC_ID and AUTH_OIDC_SECRET are not set but AUTH_OIDC_ISSUER is/,
    );
    expect(
      envProblems({ ...valid, AUTH_OIDC_ISSUER: "idp", AUTH_OIDC_ID: "a", AUTH_OIDC_SECRET: "b" })[0],
    ).toMatch(/^AUTH_OIDC_ISSUER is "idp", not a URL/);
  });

  it("checks email settings", () => {
    expect(envProblems({ ...valid, EMAIL_SERVER: "http://mail" })[0]).toMatch(/^EMAIL_SERVER is not an smtp:\/\//);
    expect(envProblems({ ...valid, EMAIL_SERVER: "smtp://mail:587" }, true)[0]).toMatch(/^EMAIL_FROM is not set/);
    expect(envProblems({ ...valid, EMAIL_SERVER: "smtp://mail:587" }, false)).toEqual([]);
  });

  it("wants AUTH_REDIRECT_PROXY_URL to be the production site's https auth URL", () => {
    expect(envProblems({ ...valid, AUTH_REDIRECT_PROXY_URL: "https://example.com/api/auth" })).toEqual([]);
    expect(envProblems({ ...valid, AUTH_REDIRECT_PROXY_URL: "https://example.com" })[0]).toMatch(/^AUTH_REDIRECT_PROXY_URL is/);
    expect(envProblems({ ...valid, AUTH_REDIRECT_PROXY_URL: "http://example.com/api/auth" })[0]).toMatch(/^AUTH_REDIRECT_PROXY_URL is/);
  });

  it("checks AUTH_URL and port numbers", () => {
    expect(envProblems({ ...valid, AUTH_URL: "example.com" })[0]).toMatch(/^AUTH_URL is "example.com", not an http\(s\) URL/);
    expect(envProblems({ ...valid, EMBEDDED_PG_PORT: "99999" })[0]).toMatch(/^EMBEDDED_PG_PORT is "99999", not a port/);
  });

  it("wants ROLE_REFRESH_SECONDS to be a positive whole number", () => {
    expect(envProblems({ ...valid, ROLE_REFRESH_SECONDS: "2" })).toEqual([]);
    expect(envProblems({ ...valid, ROLE_REFRESH_SECONDS: "5m" })[0]).toMatch(/^ROLE_REFRESH_SECONDS is "5m"/);
    expect(envProblems({ ...valid, ROLE_REFRESH_SECONDS: "0" })[0]).toMatch(/^ROLE_REFRESH_SECONDS is "0"/);
  });

  it("reports every problem, one line each", () => {
    expect(envProblems({ NEON_BRIDGE_PORT: "x" })).toHaveLength(3);
  });
});
