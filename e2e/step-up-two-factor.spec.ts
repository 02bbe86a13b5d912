// Step-up (lib/auth/step-up.ts) confirmed with the second factor: an account with two-factor on is
// offered "Two-factor code" in the "Confirm it's you" panel, a code from the app or a recovery code
// moves this session's confirmation to now, and a wrong or replayed code does not.
import { NUMBER_SETTINGS } from "../lib/env/settings";
import { stepUpMessage } from "../lib/messages/step-up";
import { WRONG_CODE_MESSAGE } from "../lib/messages/two-factor";
import { expect, signInWithEmail, test } from "./fixtures";
import { scaled } from "../tooling/harness/timeouts";
import { codeFor, currentStep, turnOnTwoFactor, waitForStepAfter } from "./support/two-factor";

const MINUTES = NUMBER_SETTINGS.RECENT_SIGN_IN_MINUTES.default;

test("with two-factor on, a code confirms it's you; a wrong or replayed code does not, and a recovery code does once", async ({ page, email, db }) => {
  test.setTimeout(scaled(180_000));
  await signInWithEmail(page, email);
  await page.goto("/account");
  const { key, recoveryCodes } = await turnOnTwoFactor(page);
  const userId = (await db.userByEmail(email)).id;
  const section = page.getByRole("region", { name: "Two-factor authentication" });
  const confirm = page.getByRole("region", { name: "Confirm it's you" });
  const codeField = confirm.getByLabel("Two-factor code");
  const confirmWithCode = confirm.getByRole("button", { name: "Confirm with a code" });

  // New recovery codes after an old sign-in: refused; the panel offers the code (and the emailed link).
  await db.backdateSignInsOf(userId, MINUTES + 1);
  await page.reload();
  await section.getByRole("button", { name: "New recovery codes" }).click();
  await expect(section.getByRole("alert")).toContainText(stepUpMessage("new-recovery-codes", MINUTES));
  await section.getByRole("link", { name: "Confirm it's you" }).click();
  await expect(confirm.getByRole("button", { name: "Email me a link" })).toBeVisible();
  await codeField.fill("000000");
  await confirmWithCode.click();
  await expect(confirm.getByText(WRONG_CODE_MESSAGE)).toBeVisible();
  // The setup spent this step's code: the next step's is accepted.
  const usedStep = currentStep() + 1n;
  const code = codeFor(key, 1);
  await codeField.fill(code);
  await confirmWithCode.click();
  await expect(page.getByText("Confirmed: you can now make new recovery codes below.")).toBeVisible();
  await section.getByRole("button", { name: "New recovery codes" }).click();
  await expect(section.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  const fresh = await section.getByTestId("recovery-codes").getByRole("listitem").allTextContents();
  expect(fresh).not.toContain(recoveryCodes[0]);

  // Turning it off after another old sign-in: the same code again is refused, a recovery code confirms once.
  await db.backdateSignInsOf(userId, MINUTES + 1);
  await page.reload();
  await section.getByRole("button", { name: "Turn off two-factor" }).click();
  await expect(section.getByRole("alert")).toContainText(stepUpMessage("turn-off-two-factor", MINUTES));
  await section.getByRole("link", { name: "Confirm it's you" }).click();
  await codeField.fill(code);
  await confirmWithCode.click();
  await expect(confirm.getByText(WRONG_CODE_MESSAGE)).toBeVisible();
  await codeField.fill(fresh[0]!);
  await confirmWithCode.click();
  await expect(page.getByText("Confirmed: you can now turn two-factor off below.")).toBeVisible();
  await db.backdateSignInsOf(userId, MINUTES + 1);
  await page.reload();
  await section.getByRole("button", { name: "Turn off two-factor" }).click();
  await section.getByRole("link", { name: "Confirm it's you" }).click();
  await codeField.fill(fresh[0]!);
  await confirmWithCode.click();
  await expect(confirm.getByText(WRONG_CODE_MESSAGE)).toBeVisible();
  await waitForStepAfter(usedStep);
  await codeField.fill(codeFor(key, 1));
  await confirmWithCode.click();
  await expect(page.getByText("Confirmed: you can now turn two-factor off below.")).toBeVisible();
  await section.getByRole("button", { name: "Turn off two-factor" }).click();
  await expect(section.getByText(/^Off\./)).toBeVisible();

  const kinds = (await db.securityEventsOf(userId)).map((event) => event.kind);
  expect(kinds).toEqual(expect.arrayContaining(["two-factor-on", "recovery-code-used", "two-factor-off"]));
});
