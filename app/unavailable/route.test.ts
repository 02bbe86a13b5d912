import net from "node:net";
import { NextRequest } from "next/server";
import { afterAll, describe, expect, inject, it, vi } from "vitest";

const servers: net.Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));

/** GET /unavailable?from=… as a fresh server process would answer it, against `databaseUrl`. */
async function visit(databaseUrl: string, from: string) {
  vi.resetModules();
  delete (globalThis as { prisma?: unknown }).prisma;
  process.env.DATABASE_URL = databaseUrl;
  process.env.NEON_BRIDGE_PORT = String(inject("neonBridgePort"));
  const { GET } = await import("./route");
  const response = await GET(new NextRequest(`http://localhost:3000/unavailable?${new URLSearchParams({ from })}`, { headers: { host: "localhost:3000" } }));
  return { status: response.status, location: response.headers.get("location"), retryAfter: response.headers.get("retry-after"), body: await response.text() };
}

describe("/unavailable", () => {
  it("sends the visitor back once the database answers, and only to a path on this site", async () => {
    expect(await visit(inject("postgresAdminUrl"), "/account?tab=1")).toMatchObject({ status: 303, location: "/account?tab=1" });
    for (const from of ["//evil.test", "https://evil.test/", "javascript:alert(1)", "/\\evil.test"]) {
      expect((await visit(inject("postgresAdminUrl"), from)).location, from).toBe("/");
    }
  });

  it("answers 503 with a way back while the database does not, naming nothing about it", async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = net.createServer();
      server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port));
      servers.push(server);
    });
    servers.pop()?.close();
    const answer = await visit(`postgresql://app:secret@127.0.0.1:${closed}/app`, '/account?x="><script>');
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe("30");
    expect(answer.body).toContain("Temporarily unavailable");
    expect(answer.body).toContain('href="/account?x=%22%3E%3Cscript%3E"');
    expect(answer.body).not.toMatch(/127\.0\.0\.1|postgres|secret|Error/);
  });
});
