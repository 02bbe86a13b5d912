import { describe, expect, it } from "vitest";
import { unreviewedAdvisories } from "./audit-gate";
import { REVIEWED_ADVISORIES } from "./reviewed-advisories";

const advisory = (id: string, severity: string, name = "nodemailer") => ({ source: 1, name, title: `t ${id}`, url: `https://github.com/advisories/${id}`, severity });

describe("unreviewedAdvisories", () => {
  it("passes the reviewed advisories, and anything below high", () => {
    const report = {
      vulnerabilities: {
        nodemailer: { severity: "high", via: [advisory("GHSA-p6gq-j5cr-w38f", "high"), advisory("GHSA-2x7j-588g-ccc2", "high"), advisory("GHSA-aaaa-bbbb-cccc", "moderate")] },
        "next-auth": { severity: "high", via: ["nodemailer"] },
      },
    };
    expect(unreviewedAdvisories(report, REVIEWED_ADVISORIES)).toEqual([]);
  });

  it("names every other high or critical advisory", () => {
    const report = { vulnerabilities: { next: { severity: "critical", via: [advisory("GHSA-1234-5678-9abc", "critical", "next")] } } };
    expect(unreviewedAdvisories(report, REVIEWED_ADVISORIES)).toEqual(["next: GHSA-1234-5678-9abc (critical) t GHSA-1234-5678-9abc"]);
  });
});
