// Liveness, for a platform that restarts instances: the app answers, whatever the database does.
// A restart cures nothing during a database outage, so this never asks Postgres; /api/health does.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ app: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
