// Reads the JSON of `npm audit --omit=dev --json` and names every high or critical advisory that
// is not among the reviewed ones: those fail the build.
import type { ReviewedAdvisory } from "./reviewed-advisories";

type Via = string | { source?: number; name?: string; title?: string; url?: string; severity?: string };
type AuditReport = { vulnerabilities?: Record<string, { severity?: string; via?: Via[] }> };

const BLOCKING = new Set(["high", "critical"]);

/** "package: GHSA-… (severity) title" for each blocking advisory not reviewed; empty when the gate passes. */
export function unreviewedAdvisories(report: AuditReport, reviewed: readonly ReviewedAdvisory[]): string[] {
  const known = new Set(reviewed.map((advisory) => advisory.id.toLowerCase()));
  const found = new Map<string, string>();
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities ?? {})) {
    for (const via of vulnerability.via ?? []) {
      // A string names another vulnerable package, whose own entry lists the advisory.
      if (typeof via === "string" || !BLOCKING.has(via.severity ?? "")) continue;
      const id = via.url?.match(/GHSA(?:-[0-9a-z]{4}){3}/i)?.[0] ?? `advisory ${via.source ?? "?"}`;
      if (!known.has(id.toLowerCase())) found.set(id, `${via.name ?? name}: ${id} (${via.severity}) ${via.title ?? ""}`.trim());
    }
  }
  return [...found.values()];
}
