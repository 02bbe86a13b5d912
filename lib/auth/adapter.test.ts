// Every method of the app's adapter (lib/auth/adapter.ts), called with the arguments Auth.js passes
// (@auth/core's callback, session, sign-out and webauthn code), against the real schema in a real
// database: what each call returns is what Auth.js's own adapter suite (@auth/adapter-test) requires.
import { randomUUID } from "node:crypto";
import type { Adapter, AdapterAccount, AdapterAuthenticator, AdapterSession, AdapterUser } from "next-auth/adapters";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchPrisma } from "../../tooling/vitest/scratch-prisma";
import { authAdapter } from "./adapter";

let db: Awaited<ReturnType<typeof scratchPrisma>>;
let adapter: Required<Adapter>;
const inMinutes = (minutes: number) => new Date(Math.floor(Date.now() / 1000) * 1000 + minutes * 60_000);

beforeAll(async () => {
  db = await scratchPrisma();
  adapter = authAdapter(db.prisma) as Required<Adapter>;
});
afterAll(() => db.drop());

/** A user as the email provider's callback creates one: Auth.js's own id, which the database replaces. */
async function newUser(email = `u${randomUUID()}@example.test`): Promise<AdapterUser> {
  return adapter.createUser({ id: randomUUID(), email, emailVerified: inMinutes(0) });
}

const oauthAccount = (userId: string): AdapterAccount => ({
  userId,
  type: "oidc",
  provider: "oidc",
  providerAccountId: randomUUID(),
  access_token: randomUUID(),
  expires_at: 2_000_000_000,
  id_token: randomUUID(),
  refresh_token: randomUUID(),
  token_type: "bearer",
  scope: "openid email",
  session_state: randomUUID(),
});

describe("users", () => {
  it("createUser, getUser, getUserByEmail, updateUser, deleteUser", async () => {
    const user = await adapter.createUser({ id: "auth-js-id", email: " Ada@Example.TEST", emailVerified: null, name: "Ada", image: "https://example.test/a.png" });
    expect(user).toMatchObject({ email: "ada@example.test", emailVerified: null, name: "Ada", image: "https://example.test/a.png", role: "user" });
    expect(user.id).not.toBe("auth-js-id");

    expect(await adapter.getUser(user.id)).toEqual(user);
    expect(await adapter.getUser(randomUUID())).toBeNull();
    expect(await adapter.getUserByEmail("ADA@example.test")).toEqual(user);
    expect(await adapter.getUserByEmail("nobody@example.test")).toBeNull();

    const verified = inMinutes(0);
    const updated = await adapter.updateUser({ id: user.id, name: "Ada L.", emailVerified: verified });
    expect(updated).toMatchObject({ id: user.id, name: "Ada L.", emailVerified: verified, email: "ada@example.test" });
    expect(await adapter.getUser(user.id)).toMatchObject({ name: "Ada L." });

    await adapter.deleteUser(user.id);
    expect(await adapter.getUser(user.id)).toBeNull();
  });
});

describe("accounts", () => {
  it("linkAccount, getUserByAccount, getAccount, unlinkAccount", async () => {
    const user = await newUser();
    const account = oauthAccount(user.id);
    await adapter.linkAccount(account);

    expect(await adapter.getUserByAccount({ provider: account.provider, providerAccountId: account.providerAccountId })).toEqual(user);
    expect(await adapter.getUserByAccount({ provider: "oidc", providerAccountId: "nobody" })).toBeNull();
    expect(await adapter.getAccount(account.providerAccountId, account.provider)).toMatchObject(account);
    expect(await adapter.getAccount(account.providerAccountId, "github")).toBeNull();

    await adapter.unlinkAccount({ provider: account.provider, providerAccountId: account.providerAccountId });
    expect(await adapter.getAccount(account.providerAccountId, account.provider)).toBeNull();
    expect(await adapter.getUser(user.id)).toEqual(user);
  });
});

describe("sessions (Auth.js's database strategy)", () => {
  it("createSession, getSessionAndUser, updateSession, deleteSession", async () => {
    const user = await newUser();
    const session: AdapterSession = { sessionToken: randomUUID(), userId: user.id, expires: inMinutes(60) };
    expect(await adapter.createSession(session)).toMatchObject(session);

    expect(await adapter.getSessionAndUser("no-such-token")).toBeNull();
    expect(await adapter.getSessionAndUser(session.sessionToken)).toEqual({ user, session: expect.objectContaining(session) });

    const extended = inMinutes(120);
    const before = await db.prisma.session.findUniqueOrThrow({ where: { sessionToken: session.sessionToken } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await adapter.updateSession({ sessionToken: session.sessionToken, expires: extended })).toMatchObject({ ...session, expires: extended });
    const after = await db.prisma.session.findUniqueOrThrow({ where: { sessionToken: session.sessionToken } });
    // The account page's "last seen" follows the session's use in this strategy too.
    expect(after.lastSeenAt.getTime()).toBeGreaterThan(before.lastSeenAt.getTime());
    expect(after.device).toBeNull();

    await adapter.deleteSession(session.sessionToken);
    expect(await adapter.getSessionAndUser(session.sessionToken)).toBeNull();
  });

  it("deleteUser takes the user's sessions and accounts with it", async () => {
    const user = await newUser();
    const session = { sessionToken: randomUUID(), userId: user.id, expires: inMinutes(60) };
    await adapter.createSession(session);
    const account = oauthAccount(user.id);
    await adapter.linkAccount(account);
    await adapter.deleteUser(user.id);
    expect(await adapter.getSessionAndUser(session.sessionToken)).toBeNull();
    expect(await adapter.getAccount(account.providerAccountId, account.provider)).toBeNull();
  });
});

describe("verification tokens", () => {
  it("createVerificationToken, useVerificationToken (once)", async () => {
    // Auth.js stores the link's token hashed with the secret.
    const token = { identifier: "ada@example.test", token: randomUUID().replaceAll("-", ""), expires: inMinutes(15) };
    expect(await adapter.createVerificationToken(token)).toEqual(token);
    expect(await adapter.useVerificationToken({ identifier: token.identifier, token: token.token })).toEqual(token);
    expect(await adapter.useVerificationToken({ identifier: token.identifier, token: token.token })).toBeNull();
    expect(await adapter.useVerificationToken({ identifier: "other@example.test", token: "nothing" })).toBeNull();
  });
});

describe("authenticators (passkeys)", () => {
  it("createAuthenticator, getAuthenticator, listAuthenticatorsByUserId, updateAuthenticatorCounter", async () => {
    const user = await newUser();
    // What Auth.js's webauthn registration passes: the credential and its "webauthn" account's id.
    const passkey = (credentialID: string): AdapterAuthenticator => ({
      userId: user.id,
      credentialID,
      providerAccountId: credentialID,
      credentialPublicKey: "cHVibGljLWtleQ",
      counter: 0,
      credentialDeviceType: "multiDevice",
      credentialBackedUp: true,
      transports: "internal,hybrid",
    });
    expect(await adapter.createAuthenticator(passkey("cred-1"))).toMatchObject({ ...passkey("cred-1"), name: "Passkey 1" });
    expect(await adapter.createAuthenticator(passkey("cred-2"))).toMatchObject({ credentialID: "cred-2", name: "Passkey 2" });

    expect(await adapter.getAuthenticator("cred-1")).toMatchObject(passkey("cred-1"));
    expect(await adapter.getAuthenticator("no-such-credential")).toBeNull();
    expect((await adapter.listAuthenticatorsByUserId(user.id)).map((a) => a.credentialID).sort()).toEqual(["cred-1", "cred-2"]);
    expect(await adapter.listAuthenticatorsByUserId(randomUUID())).toEqual([]);

    const used = await adapter.updateAuthenticatorCounter("cred-1", 7);
    expect(used).toMatchObject({ credentialID: "cred-1", counter: 7 });
    expect((await db.prisma.authenticator.findUniqueOrThrow({ where: { credentialID: "cred-1" } })).lastUsedAt).not.toBeNull();
  });
});
