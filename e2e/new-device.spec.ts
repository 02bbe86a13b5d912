// The "New sign-in to your account" email and the security log's sign-in entries
// (lib/account/sign-in-entry.ts): once for a device label the user has not signed in with before,
// never for the first sign-in ever, never twice for the same device.
import { NEW_DEVICE_SUBJECT } from "../lib/account/new-device-mail";
import { expect, signInWithEmail, test } from "./fixtures";
import { emailsTo } from "../tooling/harness/mailbox";

const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

test("a new device gets one email, the first sign-in and a known device none; each sign-in is logged", async ({ browser, email, db }) => {
  const since = new Date();
  const signInFrom = async (userAgent?: string) => {
    const context = await browser.newContext(userAgent ? { userAgent } : {});
    await signInWithEmail(await context.newPage(), email);
    await context.close();
  };
  const alerts = async () => (await emailsTo(email, since)).filter((mail) => mail.subject === NEW_DEVICE_SUBJECT);

  await signInFrom();
  await signInFrom(FIREFOX_ON_WINDOWS);
  await expect.poll(async () => (await alerts()).length).toBe(1);
  const [alert] = await alerts();
  expect(alert!.text).toContain("Firefox on Windows with Email link");
  expect(alert!.text).toMatch(/https?:\/\/\S+\/account#devices/);

  // Three sign-ins: the most one address may be sent within the sign-in email limit's window.
  await signInFrom(FIREFOX_ON_WINDOWS);
  const user = await db.userByEmail(email);
  const signIns = (await db.securityEventsOf(user.id)).filter((event) => event.kind === "sign-in");
  expect(signIns.map((event) => event.detail.newDevice)).toEqual([false, true, false]);
  expect(signIns[1]!.detail).toEqual({ method: "nodemailer", device: "Firefox on Windows", newDevice: true });
  // Sent after the response: give a mail that should not exist the time the first one took.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  expect(await alerts()).toHaveLength(1);
});
