// The pages people see first, at desktop and phone widths: full-page screenshots attached to the
// report for a human to look at, and the checks a screenshot cannot make. (The README's pictures
// come from `npm run screenshots`, without the suite's test-only OIDC provider.)
import type { Locator, Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  bodyLuminance,
  clippedWidth,
  fillsItsRow,
  focusOutlineWidth,
  headerHeight,
  listsEndingInALine,
  sidewaysOverflow,
  tabTo,
  unlabelledFields,
  verticalImbalance,
} from "./support/screen-checks";

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
} as const;
type ViewportName = keyof typeof VIEWPORTS;


type Screen = {
  /** File-name friendly; also the attachment's name. */
  name: string;
  path: string;
  heading: string;
  /** The HTTP status it answers with; 200 unless said. */
  status?: number;
  /** The page's main action, which a keyboard user must be able to reach. */
  primary: (page: Page) => Locator;
};

async function checkScreen(page: Page, screen: Screen, viewport: ViewportName, testInfo: TestInfo): Promise<void> {
  const response = await page.goto(screen.path);
  expect(response?.status()).toBe(screen.status ?? 200);
  await expect(page.getByRole("heading", { level: 1, name: screen.heading, exact: true })).toBeVisible();
  expect(await unlabelledFields(page), "fields without a label").toEqual([]);
  expect(await sidewaysOverflow(page), "pixels the page is wider than the window").toBeLessThanOrEqual(0);
  await expect(page.getByRole("contentinfo"), "the footer").toBeVisible();

  // Before any key is pressed, so that no focus ring shows in the picture.
  const screenshot = await page.screenshot({ fullPage: true, animations: "disabled" });
  await testInfo.attach(`${screen.name}-${viewport}`, { body: screenshot, contentType: "image/png" });

  const primary = screen.primary(page);
  await tabTo(page, primary);
  await expect(primary).toBeFocused();
  expect(await focusOutlineWidth(primary), "focus outline width of the main action").toBeGreaterThan(0);
}

const SIGN_IN: Screen = {
  name: "signin",
  path: "/signin",
  heading: "Sign in",
  primary: (page) => page.getByRole("button", { name: "Email me a sign-in link" }),
};
const ACCOUNT: Screen = {
  name: "account",
  path: "/account",
  heading: "Account",
  primary: (page) => page.getByRole("button", { name: "Save name" }),
};
const ADMIN: Screen = {
  name: "admin",
  path: "/admin",
  heading: "Admin",
  // The page is a table to read; its one action is the header's.
  primary: (page) => page.getByRole("banner").getByRole("button", { name: "Sign out" }),
};
const AUTH_ERROR: Screen = {
  name: "auth-error",
  path: "/auth-error?error=Verification",
  heading: "Sign-in problem",
  primary: (page) => page.getByRole("link", { name: "Back to sign in" }),
};

const DASHBOARD: Screen = {
  name: "dashboard",
  path: "/dashboard",
  heading: "Dashboard",
  primary: (page) => page.getByRole("link", { name: "Manage your account" }),
};
const FORBIDDEN: Screen = {
  name: "forbidden",
  path: "/admin",
  status: 403,
  heading: "You don't have access",
  primary: (page) => page.getByRole("link", { name: "Back to your dashboard" }),
};

for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
  test.describe(`at ${viewport} width`, () => {
    test.use({ viewport: VIEWPORTS[viewport] });

    test("sign-in page", async ({ page }, testInfo) => {
      await checkScreen(page, SIGN_IN, viewport, testInfo);
      // The header does not offer the page the visitor is on.
      await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toHaveCount(0);
      expect(await verticalImbalance(page), "pixels the card is off the middle between header and footer").toBeLessThanOrEqual(1);
    });

    test("account page", async ({ signedInPage }, testInfo) => {
      await checkScreen(signedInPage, ACCOUNT, viewport, testInfo);
      // One place to sign out: the header's.
      await expect(signedInPage.getByRole("button", { name: "Sign out" })).toHaveCount(1);
      await expect(signedInPage.getByRole("banner").getByRole("button", { name: "Sign out" })).toBeVisible();
      expect(await listsEndingInALine(signedInPage), "lists with a line under their last row").toEqual([]);
    });

    test("admin page", async ({ adminPage, adminUser }, testInfo) => {
      await checkScreen(adminPage, ADMIN, viewport, testInfo);
      const users = adminPage.getByRole("region", { name: "Users" });
      expect(await clippedWidth(users), "pixels of the user list cut off at the side").toBeLessThanOrEqual(0);
      await expect(users.getByText(adminUser.email)).toBeVisible();
      if (viewport === "mobile") {
        // Each value under its column's name, written as the table head writes it.
        const row = users.getByRole("row").filter({ hasText: adminUser.email });
        expect(await row.locator("td > span").allInnerTexts()).toEqual(["Name", "Role", "Role changed", "Joined"]);
      }
    });

    test("sign-in error page", async ({ page }, testInfo) => {
      await checkScreen(page, AUTH_ERROR, viewport, testInfo);
      await expect(page.getByText("This sign-in link is no longer valid")).toBeVisible();
      expect(await verticalImbalance(page), "pixels the card is off the middle between header and footer").toBeLessThanOrEqual(1);
      // Like the 403, 404 and "session ended" pages: the way on is a button, not a bar.
      expect(await fillsItsRow(AUTH_ERROR.primary(page)), "the button spans the card").toBe(false);
    });

    test("dashboard", async ({ signedInPage, signedInUser }, testInfo) => {
      await checkScreen(signedInPage, DASHBOARD, viewport, testInfo);
      await expect(signedInPage.getByText(`Signed in as ${signedInUser.email}`)).toBeVisible();
      // How this session signed in, from its token; never the raw user id.
      await expect(signedInPage.getByRole("main")).toContainText("With Email link");
      await expect(signedInPage.getByRole("main")).not.toContainText(signedInUser.id);
    });

    test("403 page", async ({ signedInPage }, testInfo) => {
      await checkScreen(signedInPage, FORBIDDEN, viewport, testInfo);
      expect(await verticalImbalance(signedInPage), "pixels the card is off the middle between header and footer").toBeLessThanOrEqual(1);
    });

    test("dark mode follows the system on every screen: a dark page, light text, nothing sideways", async ({ page, signedInPage, adminPage }) => {
      const screens: [Page, string][] = [
        [page, "/"],
        [page, "/signin"],
        [page, "/verify-request"],
        [page, "/auth-error?error=Verification"],
        [page, "/session-ended"],
        [page, "/no-such-page"],
        [signedInPage, "/dashboard"],
        [signedInPage, "/account"],
        [signedInPage, "/admin"],
        [adminPage, "/admin"],
      ];
      for (const [visitor, path] of screens) {
        await visitor.emulateMedia({ colorScheme: "dark" });
        await visitor.goto(path);
        const { background, text } = await bodyLuminance(visitor);
        expect(background, `${path}: the background's luminance`).toBeLessThan(0.05);
        expect(text, `${path}: the text's luminance`).toBeGreaterThan(0.7);
        expect(await sidewaysOverflow(visitor), `${path}: pixels wider than the window`).toBeLessThanOrEqual(0);
        // Light again where the system is light.
        await visitor.emulateMedia({ colorScheme: "light" });
        expect((await bodyLuminance(visitor)).background, `${path} in light mode`).toBeGreaterThan(0.9);
      }
    });

    test("the header keeps one height, whatever it holds", async ({ page, signedInPage }) => {
      // Nothing on /signin, "Sign in" elsewhere, the address and "Sign out" when signed in.
      await page.goto("/signin");
      const onSignIn = await headerHeight(page);
      await page.goto("/auth-error?error=Verification");
      expect(await headerHeight(page)).toBe(onSignIn);
      await signedInPage.goto("/dashboard");
      expect(await headerHeight(signedInPage)).toBe(onSignIn);
    });
  });
}
