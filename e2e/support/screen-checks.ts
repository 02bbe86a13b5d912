// Checks a screenshot cannot make: that fields have names a screen reader can announce, that the
// keyboard reaches what matters, and that a phone never has to scroll sideways.
import type { Locator, Page } from "@playwright/test";

const FIELDS = "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea";

/**
 * The fields with no label a screen reader can announce, as HTML snippets for the failure message:
 * a <label>, aria-label or aria-labelledby with text counts; a placeholder does not.
 */
export function unlabelledFields(page: Page): Promise<string[]> {
  return page.locator(FIELDS).evaluateAll((fields) =>
    fields
      .filter((field) => {
        const hasText = (element: Element | null) => Boolean(element?.textContent?.trim());
        const labels = field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement ? [...(field.labels ?? [])] : [];
        const labelledBy = (field.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean).map((id) => document.getElementById(id));
        return !labels.some(hasText) && !field.getAttribute("aria-label")?.trim() && !labelledBy.some(hasText);
      })
      .map((field) => field.outerHTML.slice(0, 200)),
  );
}

/** Presses Tab from where the focus is until `target` has it; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${limit} presses of Tab did not reach ${target.toString()}`);
}

/** How far the focused element's outline is drawn: 0 means keyboard users cannot see where they are. */
export function focusOutlineWidth(target: Locator): Promise<number> {
  return target.evaluate((element) => {
    const style = getComputedStyle(element);
    return style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth);
  });
}

/** CSS pixels by which the page is wider than the viewport. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * For a page that is one card (sign-in, errors): by how many pixels the space above the card in
 * <main> differs from the space below it. 0 when the card is centred between header and footer.
 */
export function verticalImbalance(page: Page): Promise<number> {
  return page.getByRole("main").evaluate((main) => {
    const card = main.firstElementChild;
    if (!card) return Number.POSITIVE_INFINITY;
    const area = main.getBoundingClientRect();
    const box = card.getBoundingClientRect();
    const style = getComputedStyle(main);
    const above = box.top - area.top - parseFloat(style.paddingTop);
    const below = area.bottom - parseFloat(style.paddingBottom) - box.bottom;
    return Math.abs(above - below);
  });
}

/** CSS pixels of `region`'s content that are cut off or need sideways scrolling inside it. */
export function clippedWidth(region: Locator): Promise<number> {
  return region.evaluate((element) => element.scrollWidth - element.clientWidth);
}

/** The height of the header's row: one value on every page, or pages jump when you move between them. */
export function headerHeight(page: Page): Promise<number> {
  return page.getByRole("banner").evaluate((header) => header.getBoundingClientRect().height);
}

/** The lists in <main> drawn with a line under their last row, which then divides nothing. */
export function listsEndingInALine(page: Page): Promise<string[]> {
  return page
    .getByRole("main")
    .locator("ul")
    .evaluateAll((lists) => {
      const lineUnder = (element: Element | null) => Boolean(element) && parseFloat(getComputedStyle(element as Element).borderBottomWidth) > 0;
      return lists.filter((list) => lineUnder(list) || lineUnder(list.lastElementChild)).map((list) => list.outerHTML.slice(0, 120));
    });
}

/** Whether an element is stretched across its container's whole width (a full-width button). */
export function fillsItsRow(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const container = element.parentElement;
    if (!container) return false;
    const style = getComputedStyle(container);
    const inner = container.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return element.getBoundingClientRect().width >= inner - 1;
  });
}

/**
 * The relative luminance (0 black, 1 white; WCAG's formula) of the body's background and text
 * colours as drawn: a canvas paints each computed colour (Tailwind 4 writes them in oklch) and is read back.
 */
export function bodyLuminance(page: Page): Promise<{ background: number; text: number }> {
  return page.evaluate(() => {
    const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
    if (!context) throw new Error("no 2D canvas");
    const luminance = (color: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0] = [...context.getImageData(0, 0, 1, 1).data].map((value) => {
        const channel = value / 255;
        return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(document.body);
    return { background: luminance(style.backgroundColor), text: luminance(style.color) };
  });
}
