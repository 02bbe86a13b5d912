import { describe, expect, it } from "vitest";
import { emailLimitMessage } from "./email-limits";

describe("emailLimitMessage", () => {
  it("points the address's owner at the links already sent", () => {
    expect(emailLimitMessage("address", 600)).toBe(
      "Several sign-in links were already sent to this address. Use the newest one in your inbox, or try again in 10 minutes.",
    );
  });

  // The per-client budget can be shared by everyone (CLIENT_IP_HEADER=none, development): true for a
  // bystander too, and nothing beyond when to try again.
  it("blames no one for the per-client limit, and says only when to try again", () => {
    expect(emailLimitMessage("client", 61)).toBe("Too many sign-in emails were asked for recently. Try again in 2 minutes.");
    expect(emailLimitMessage("client", 30)).toMatch(/in a minute\.$/);
    expect(emailLimitMessage("client", 900)).not.toMatch(/\byour?\b|network|address|client/i);
  });
});
