// Changing the email address (lib/account/email-change.ts): a link to the new address, a notice to
// the old one, and the change only when the link is opened by the same signed-in user.
import { ADDRESS_TAKEN, LINK_NOT_FOR_YOU } from "../lib/account/email-change";
import { CONFIRM_SUBJECT, NOTICE_SUBJECT } from "../lib/account/email-change-mail";
import { expect, lastEmailTo, newSignedInContext, signInWithEmail, test, uniqueEmail } from "./fixtures";
import { emailsTo, type Mail } from "../tooling/harness/mailbox";

const confirmLinkIn = (mail: Mail): string => {
  const link = /https?:\/\/\S+\/account\/email-change\?\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`the mail "${mail.subject}" has no confirmation link:\n${mail.text}`);
  return link;
};

async function askForChange(page: import("@playwright/test").Page, to: string) {
  await page.goto("/account");
  const profile = page.getByRole("region", { name: "Profile" });
  await profile.getByLabel("New email address").fill(to);
  await profile.getByRole("button", { name: "Change email" }).click();
  return profile;
}

test("the address changes only when the link sent to it is opened by the same user; the old one is told", async ({ page, browser, email, db }, testInfo) => {
  await signInWithEmail(page, email);
  const user = await db.userByEmail(email);
  const newAddress = uniqueEmail(testInfo, "moved");
  const since = new Date();

  const profile = await askForChange(page, newAddress);
  await expect(profile.getByText(`Link sent to ${newAddress}. Open it to finish.`)).toBeVisible();
  // It names the address typed then: once another is being typed, it goes.
  await profile.getByLabel("New email address").pressSequentially("x");
  await expect(profile.getByText(`Link sent to ${newAddress}.`, { exact: false })).toHaveCount(0);
  const confirm = await lastEmailTo(newAddress, { since });
  expect(confirm.subject).toBe(CONFIRM_SUBJECT);
  const notice = await lastEmailTo(email, { since });
  expect(notice.subject).toBe(NOTICE_SUBJECT);
  expect(notice.text).toContain(newAddress);
  // Asking changes nothing.
  expect((await db.userByEmail(email)).id).toBe(user.id);
  const link = confirmLinkIn(confirm);

  // Another signed-in user opening the link gets nothing.
  const stranger = await newSignedInContext(browser, uniqueEmail(testInfo, "stranger"), "user");
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(link);
  await expect(strangerPage.getByText(LINK_NOT_FOR_YOU)).toBeVisible();
  await stranger.close();

  await page.goto(link);
  await expect(page.getByText(`from ${email} to ${newAddress}`)).toBeVisible();
  await page.getByRole("button", { name: "Change email address" }).click();
  await page.waitForURL((url) => url.pathname === "/account");
  await expect(page.getByText(`Signed in as ${newAddress}`)).toBeVisible();
  const moved = await db.userByEmail(newAddress);
  expect(moved.id).toBe(user.id);
  expect(moved.email_verified).not.toBeNull();
  expect(await db.usersByEmail(email)).toEqual([]);
  expect((await db.securityEventsOf(user.id)).filter((event) => event.kind === "email-changed")).toEqual([
    { kind: "email-changed", detail: { from: email, to: newAddress } },
  ]);

  // Once only.
  await page.goto(link);
  await expect(page.getByText(LINK_NOT_FOR_YOU)).toBeVisible();
});

test("an address that belongs to another account is refused, and no mail goes to it", async ({ page, browser, email }, testInfo) => {
  const taken = uniqueEmail(testInfo, "taken");
  await (await newSignedInContext(browser, taken, "user")).close();
  await signInWithEmail(page, email);
  const since = new Date();
  const profile = await askForChange(page, taken);
  await expect(profile.getByText(ADDRESS_TAKEN)).toBeVisible();
  expect(await emailsTo(taken, since)).toEqual([]);
});
