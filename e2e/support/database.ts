// Read access to the app's database for assertions: real SQL through the same Neon driver and
// bridge the app uses, so a test sees exactly the rows the app wrote. One write: moving a sign-in
// into the past, for what only an old sign-in may not do.
import { Pool } from "@neondatabase/serverless";
import { configureNeonDriver } from "../../lib/db/neon-driver";

export type UserRow = { id: string; email: string; name: string | null; email_verified: Date | null; role: "user" | "admin" };
export type AccountRow = { user_id: string; type: string; provider: string; provider_account_id: string };
export type VerificationTokenRow = { identifier: string; token: string; expires: Date };
export type AuthenticatorRow = {
  credential_id: string;
  user_id: string;
  counter: number;
  name: string | null;
  created_at: Date;
  last_used_at: Date | null;
};

export type SessionRow = { id: string; user_id: string; device: string; created_at: Date; last_seen_at: Date };

export class Database {
  private readonly pool: Pool;

  constructor(options: { url: string; bridgePort: number }) {
    configureNeonDriver(options.url, { ...process.env, NEON_BRIDGE_PORT: String(options.bridgePort) });
    this.pool = new Pool({ connectionString: options.url, max: 2 });
  }

  async usersByEmail(email: string): Promise<UserRow[]> {
    const { rows } = await this.pool.query<UserRow>(
      "SELECT id, email, name, email_verified, role FROM users WHERE email = $1",
      [email],
    );
    return rows;
  }

  /** The one user with this email; fails the test when there is none or (impossibly) several. */
  async userByEmail(email: string): Promise<UserRow> {
    const rows = await this.usersByEmail(email);
    const [user] = rows;
    if (rows.length !== 1 || !user) throw new Error(`expected one users row for ${email}, found ${rows.length}`);
    return user;
  }

  async accountsOf(userId: string): Promise<AccountRow[]> {
    const { rows } = await this.pool.query<AccountRow>(
      "SELECT user_id, type, provider, provider_account_id FROM accounts WHERE user_id = $1 ORDER BY provider",
      [userId],
    );
    return rows;
  }

  /** The OIDC accounts rows, of any user, for one identity at the provider. */
  async oidcAccounts(providerAccountId: string): Promise<AccountRow[]> {
    const { rows } = await this.pool.query<AccountRow>(
      "SELECT user_id, type, provider, provider_account_id FROM accounts WHERE provider = 'oidc' AND provider_account_id = $1",
      [providerAccountId],
    );
    return rows;
  }

  async verificationTokens(identifier: string): Promise<VerificationTokenRow[]> {
    const { rows } = await this.pool.query<VerificationTokenRow>(
      "SELECT identifier, token, expires FROM verification_tokens WHERE identifier = $1",
      [identifier],
    );
    return rows;
  }

  /** A user's passkeys, oldest first. */
  async authenticatorsOf(userId: string): Promise<AuthenticatorRow[]> {
    const { rows } = await this.pool.query<AuthenticatorRow>(
      "SELECT credential_id, user_id, counter, name, created_at, last_used_at FROM authenticators WHERE user_id = $1 ORDER BY created_at",
      [userId],
    );
    return rows;
  }

  /** How many rows each of the app's tables holds. */
  async rowCounts(): Promise<Record<string, number>> {
    const tables = ["users", "accounts", "sessions", "verification_tokens", "authenticators", "sign_in_email_sends"];
    const counts = await Promise.all(tables.map(async (table) => (await this.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n ?? 0));
    return Object.fromEntries(tables.map((table, i) => [table, counts[i] ?? 0]));
  }

  /** A user's session rows (signed-in browsers), oldest first. */
  async sessionsOf(userId: string): Promise<SessionRow[]> {
    const { rows } = await this.pool.query<SessionRow>(
      "SELECT id, user_id, device, created_at, last_seen_at FROM sessions WHERE user_id = $1 ORDER BY created_at",
      [userId],
    );
    return rows;
  }

  /** A user's security log entries, oldest first. */
  async securityEventsOf(userId: string): Promise<{ kind: string; detail: Record<string, unknown> }[]> {
    const { rows } = await this.pool.query<{ kind: string; detail: Record<string, unknown> }>(
      "SELECT kind, detail FROM security_events WHERE user_id = $1 ORDER BY id",
      [userId],
    );
    return rows;
  }

  /** Seconds since the session was last seen, by the database's clock. */
  secondsSinceSeen(sessionId: string): Promise<number | undefined> {
    return this.secondsSince("last_seen_at", sessionId);
  }

  /** Seconds since the session began (its sign-in), by the database's clock. */
  secondsSinceSignIn(sessionId: string): Promise<number | undefined> {
    return this.secondsSince("created_at", sessionId);
  }

  /**
   * Makes the session look as if it signed in `minutes` earlier than it did: its start, and when it
   * last proved its user (what RECENT_SIGN_IN_MINUTES counts from).
   */
  async backdateSignIn(sessionId: string, minutes: number): Promise<void> {
    await this.pool.query(
      "UPDATE sessions SET created_at = created_at - make_interval(mins => $2), verified_at = verified_at - make_interval(mins => $2) WHERE id = $1",
      [sessionId, minutes],
    );
  }

  /** backdateSignIn for every session of the user. */
  async backdateSignInsOf(userId: string, minutes: number): Promise<void> {
    for (const session of await this.sessionsOf(userId)) await this.backdateSignIn(session.id, minutes);
  }

  private async secondsSince(column: "last_seen_at" | "created_at", sessionId: string): Promise<number | undefined> {
    const { rows } = await this.pool.query<{ seconds: number }>(
      `SELECT extract(epoch FROM (now() AT TIME ZONE 'UTC') - ${column})::float8 AS seconds FROM sessions WHERE id = $1`,
      [sessionId],
    );
    return rows[0]?.seconds;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
