import { describe, expect, it } from "vitest";
import { lastWayMessage, mayRemove, usableWays, type EnabledMethods, type UserSignInMethods } from "./sign-in-methods";

const everything: EnabledMethods = { oauth: [{ id: "oidc" }, { id: "github" }], email: true, passkey: true };
const user = (methods: Partial<UserSignInMethods>): UserSignInMethods => ({
  oauthAccounts: [],
  passkeys: 0,
  emailVerified: false,
  ...methods,
});

describe("usableWays", () => {
  it("counts linked accounts, passkeys, and a proven email address", () => {
    expect(usableWays(user({ oauthAccounts: ["oidc", "github"], passkeys: 2, emailVerified: true }), everything)).toBe(5);
  });

  it("ignores methods the server does not offer", () => {
    const enabled = { oauth: [{ id: "oidc" }], email: false, passkey: true };
    expect(usableWays(user({ oauthAccounts: ["github"], emailVerified: true }), enabled)).toBe(0);
  });

  it("does not count an email address nobody proved", () => {
    expect(usableWays(user({ oauthAccounts: ["oidc"] }), everything)).toBe(1);
  });
});

describe("mayRemove", () => {
  it("refuses to unlink the only way to sign in", () => {
    expect(mayRemove(user({ oauthAccounts: ["oidc"] }), everything, { oauthProvider: "oidc" })).toBe(false);
  });

  it("refuses to delete the only passkey when nothing else works", () => {
    expect(mayRemove(user({ passkeys: 1 }), everything, { passkey: true })).toBe(false);
  });

  it("allows removal when another way remains", () => {
    expect(mayRemove(user({ oauthAccounts: ["oidc"], passkeys: 1 }), everything, { oauthProvider: "oidc" })).toBe(true);
    expect(mayRemove(user({ oauthAccounts: ["oidc"], emailVerified: true }), everything, { oauthProvider: "oidc" })).toBe(true);
    expect(mayRemove(user({ passkeys: 2 }), everything, { passkey: true })).toBe(true);
    expect(mayRemove(user({ oauthAccounts: ["oidc"], passkeys: 1 }), everything, { passkey: true })).toBe(true);
  });

  it("counts every account at the unlinked provider as removed", () => {
    expect(mayRemove(user({ oauthAccounts: ["oidc", "oidc"] }), everything, { oauthProvider: "oidc" })).toBe(false);
  });

  it("does not let a method the server no longer offers stand in for the last one", () => {
    const enabled = { oauth: [{ id: "oidc" }], email: false, passkey: true };
    expect(mayRemove(user({ oauthAccounts: ["oidc", "github"], emailVerified: true }), enabled, { oauthProvider: "oidc" })).toBe(false);
    expect(mayRemove(user({ oauthAccounts: ["oidc", "github"] }), enabled, { oauthProvider: "github" })).toBe(true);
  });
});

describe("lastWayMessage", () => {
  it("names what the user can still add on this server", () => {
    expect(lastWayMessage(user({ oauthAccounts: ["oidc"] }), everything, { oauthProvider: "oidc" })).toBe(
      "This is your only way to sign in. Add a passkey, link another sign-in method or sign in by email once before you unlink it.",
    );
    expect(lastWayMessage(user({ passkeys: 1 }), { oauth: [], email: true, passkey: true }, { passkey: true })).toBe(
      "This passkey is your only way to sign in. Add another passkey or sign in by email once before you delete it.",
    );
  });

  it("does not suggest linking when every offered provider is linked already", () => {
    const oidcOnly = { oauth: [{ id: "oidc" }], email: true, passkey: true };
    expect(lastWayMessage(user({ oauthAccounts: ["oidc"] }), oidcOnly, { oauthProvider: "oidc" })).toBe(
      "This is your only way to sign in. Add a passkey or sign in by email once before you unlink it.",
    );
  });

  it("says so when nothing else can be added", () => {
    const noOthers = { oauth: [{ id: "oidc" }], email: false, passkey: false };
    expect(lastWayMessage(user({ oauthAccounts: ["oidc"] }), noOthers, { oauthProvider: "oidc" })).toBe(
      "This is your only way to sign in. It can't be removed.",
    );
  });
});
