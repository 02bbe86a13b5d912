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

describe("emailLimitMessage under npm run dev", () => {
  const development = { NODE_ENV: "development" };

  it("tells the developer the limit and the setting that raises it", () => {
    expect(emailLimitMessage("address", 600, development)).toBe(
      "Several sign-in links were already sent to this address. Use the newest one in your inbox, or try again in 10 minutes." +
        " (Development: 50 sign-in emails per address every 15 minutes; set EMAIL_LIMIT_PER_ADDRESS in .env.local to raise it.)",
    );
    expect(emailLimitMessage("client", 61, development)).toBe(
      "Too many sign-in emails were asked for recently. Try again in 2 minutes." +
        " (Development: 200 sign-in emails in all every 15 minutes; set EMAIL_LIMIT_PER_CLIENT in .env.local to raise it.)",
    );
  });

  it("names the values in effect, not the defaults", () => {
    const env = { ...development, EMAIL_LIMIT_PER_ADDRESS: "7", EMAIL_LIMIT_WINDOW_MINUTES: "1" };
    expect(emailLimitMessage("address", 30, env)).toMatch(/\(Development: 7 sign-in emails per address every minute; set EMAIL_LIMIT_PER_ADDRESS/);
  });

  it("tells a production visitor nothing about settings", () => {
    for (const env of [{ NODE_ENV: "production" }, { NODE_ENV: "test" }, {}]) {
      expect(emailLimitMessage("address", 600, env)).not.toMatch(/EMAIL_LIMIT|Development/);
      expect(emailLimitMessage("client", 600, env)).not.toMatch(/EMAIL_LIMIT|Development/);
    }
  });
});
