/**
 * Search in Chromium, as a reader uses it: the steps the search browser tests share, for the
 * built site at the root, for the /sub/ build and for the dev server alike.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const DIALOG = 'dialog.pf-modal';
/** A result's own link or one of its section links, once its data has loaded. */
export const RESULT_LINK = ':is(.pf-result-link, .pf-heading-link)';

export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  return page;
}

/** Starts recording what Pagefind's live regions announce (they clear themselves after a while). */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { announced: string[] }).announced = said;
    new MutationObserver(() => {
      for (const region of document.querySelectorAll('[data-pagefind-announcer] [aria-live]')) {
        const text = region.textContent?.trim();
        if (text && !said.includes(text)) said.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

export async function announcements(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { announced: string[] }).announced);
}

/** The element with focus, described: its tag, classes and link. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const href = element.getAttribute('href');
    return `${element.tagName.toLowerCase()}${element.className ? `.${element.className.split(' ').join('.')}` : ''}${href ? ` ${href}` : ''}`;
  });
}

/** The hrefs of the results shown (loaded) in `scope`. */
export function resultLinks(page: Page, scope: string): Promise<string[]> {
  return page
    .locator(`${scope} ${RESULT_LINK}`)
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}

/**
 * Every result link resolves: the page answers 200 under the base, and a link to an anchor
 * lands on an element with that id. Returns the number of links checked.
 */
export async function expectLinksResolve(page: Page, links: string[], base: URL): Promise<number> {
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    const url = new URL(link);
    expect(url.origin + url.pathname, link).toMatch(
      new RegExp(`^${base.href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
    );
    const response = await page.request.get(url.origin + url.pathname);
    expect(response.status(), link).toBe(200);
    if (url.hash) expect(await response.text(), link).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
  }
  return links.length;
}

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** axe-core's violations on the page as it is now (run through the debugger, not a script tag the CSP would block). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Violation[] }> } })
      .axe;
    return (await axe.run(document)).violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * Keyboard only, from the home page: Tab to the header's search link and press Enter, or press
 * `/`; type; hear the count; arrow down into the results; Escape returns focus where it was.
 * Returns the page, with the dialog open and the first result focused.
 */
export async function searchFromHomeWithKeyboard(context: BrowserContext, home: string, query: string): Promise<Page> {
  const page = await openPage(context, home);
  await recordAnnouncements(page);
  // Tab from the top of the page to the header's search link.
  for (let step = 0; step < 6 && !(await focused(page)).includes('search-trigger'); step++) {
    await page.keyboard.press('Tab');
  }
  expect(await focused(page)).toContain('search-trigger');
  await page.keyboard.press('Enter');
  await page.locator(`${DIALOG}[open]`).waitFor();
  await expect.poll(() => focused(page)).toBe('input.pf-input');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator(`${DIALOG}[open]`).count()).toBe(0);
  expect(await focused(page), 'Escape returns focus to the search link').toContain('search-trigger');

  await page.keyboard.press('/');
  await page.locator(`${DIALOG}[open]`).waitFor();
  await expect.poll(() => focused(page)).toBe('input.pf-input');
  await page.keyboard.type(query);
  await page.locator(`${DIALOG} .pf-result-link`).first().waitFor();
  await expect
    .poll(() => announcements(page))
    .toContainEqual(expect.stringMatching(new RegExp(`^\\d+ results? for ${query}$`)));
  // The announcement comes from inside the open dialog, not from the page it makes inert.
  expect(await page.locator(`${DIALOG}[open] [data-pagefind-announcer]`).count()).toBe(1);
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatch(/^a\.pf-result-link/);
  return page;
}

/**
 * Types `query` into the search input inside `scope`, as a reader does, and waits until its
 * results are on screen (search-ui.ts marks the list with the query it shows).
 */
export async function searchOnPage(page: Page, scope: string, query: string): Promise<void> {
  const input = page.locator(`${scope} input.pf-input`);
  await input.fill(query);
  await page.waitForFunction(
    ([selector, wanted]) => document.querySelector<HTMLElement>(`${selector} .pf-results`)?.dataset['query'] === wanted,
    [scope, query] as const,
  );
}

/**
 * The first `count` results in `scope`: each as its own URL and its sections' URLs, as site
 * paths without the base and without the highlight parameter ("faq/#how-many…").
 */
export function topResults(page: Page, scope: string, count: number, base: string): Promise<string[][]> {
  return page.locator(`${scope} .pf-result`).evaluateAll(
    (items, [limit, prefix]) =>
      items.slice(0, limit).map((item) =>
        [...item.querySelectorAll<HTMLAnchorElement>('a.pf-result-link, a.pf-heading-link')].map((link) => {
          const url = new URL(link.href);
          return `${url.pathname.slice(prefix.length)}${url.hash}`;
        }),
      ),
    [count, base] as const,
  );
}
