/**
 * Reflow (WCAG 1.4.10): every built page read on a 320 px wide screen scrolls only up and down.
 * Each page is opened in headless Chromium at 320 px; a page whose document is wider than the
 * window fails, naming the element that reaches furthest to the right. Content that scrolls
 * sideways inside its own box (a wide table in a scrolling region) does not widen the page and is
 * allowed; the phone layout of the estimate tables is checked in layout.test.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser';
import { builtPages } from '../helpers/dist';
import { serveBuiltSite, type SiteServer } from '../helpers/server';

const WIDTH = 320;
const paths = builtPages().map((page) => page.path);

let server: SiteServer;
let browser: Browser;
let tab: Page;

beforeAll(async () => {
  server = await serveBuiltSite();
  browser = await launchBrowser();
  tab = await browser.context.newPage();
  await tab.setViewportSize({ width: WIDTH, height: 640 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Overflow {
  documentWidth: number;
  viewportWidth: number;
  /** The element reaching furthest right, outside any box that scrolls or clips sideways. */
  widest: { element: string; right: number; text: string } | null;
}

/** Measured in the page: the document's width and, when it is too wide, what makes it so. */
function measureOverflow(): Overflow {
  const root = document.documentElement;
  const result: Overflow = { documentWidth: root.scrollWidth, viewportWidth: root.clientWidth, widest: null };
  if (result.documentWidth <= result.viewportWidth) return result;
  const clipsSideways = (element: Element) => getComputedStyle(element).overflowX !== 'visible';
  let right = 0;
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    // `<`, not `<=`: of a box and the descendant that stretches it, the descendant is named.
    if (box.width === 0 || box.right < right) continue;
    let ancestor = element.parentElement;
    while (ancestor && ancestor !== document.body && !clipsSideways(ancestor)) ancestor = ancestor.parentElement;
    if (ancestor && ancestor !== document.body) continue;
    right = box.right;
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList].map((name) => `.${name}`).join('');
    result.widest = {
      element: `<${element.tagName.toLowerCase()}${id}${classes}>`,
      right: Math.round(box.right),
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
    };
  }
  return result;
}

describe(`every page fits a ${WIDTH} px screen`, () => {
  it('has pages to check', () => {
    expect(paths.length).toBeGreaterThan(10);
  });

  it.each(paths)(
    '%s is no wider than the window',
    async (path) => {
      const response = await tab.goto(new URL(path.replace(/^\//, ''), server.url).href);
      expect(response?.status(), path).toBe(200);
      const overflow = await tab.evaluate(measureOverflow);
      const widest = overflow.widest
        ? `; widest: ${overflow.widest.element} reaching ${overflow.widest.right} px ("${overflow.widest.text}")`
        : '';
      expect(
        overflow.documentWidth,
        `${path} is ${overflow.documentWidth} px wide in a ${overflow.viewportWidth} px window${widest}`,
      ).toBeLessThanOrEqual(overflow.viewportWidth);
    },
    60_000,
  );
});
