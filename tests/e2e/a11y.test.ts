/**
 * Accessibility of every built page in headless Chromium:
 * - an axe-core sweep (every rule axe runs by default, best practices included; 0 violations of
 *   any impact) at a desktop and a phone width, in the light and dark themes the system chooses
 *   and in the themes the reader picks with the toggle (data-theme on <html>);
 * - the keyboard: the skip link comes first and moves focus to the main content, Tab reaches
 *   every link, button and field that is shown, and each shows a visible focus outline.
 * One browser, two tabs working through the pages in turn.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser';
import { builtPages } from '../helpers/dist';
import { serveBuiltSite, type SiteServer } from '../helpers/server';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const paths = builtPages().map((page) => page.path);

/** How the page is shown: the window width, the system colour scheme and the reader's choice. */
interface View {
  name: string;
  width: number;
  system: 'light' | 'dark';
  /** data-theme set by the theme toggle; undefined follows the system. */
  chosen?: 'light' | 'dark';
}

const DESKTOP = 1280;
const PHONE = 375;
/** The axe rules whose outcome depends on colours alone. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe runs every rule once per width, where layout can show or hide parts, and reruns the colour
 * rules in the dark theme. The themes picked with the toggle are not swept again: instead every
 * element must paint exactly the colours it paints in the matching system theme (see
 * `paintedColoursDiffer`), which proves the same result in milliseconds rather than the seconds
 * the contrast rule takes on a long page.
 */
const SWEEPS: { view: View; rules: 'all' | 'colour' }[] = [
  { view: { name: 'desktop, light', width: DESKTOP, system: 'light' }, rules: 'all' },
  { view: { name: 'desktop, dark', width: DESKTOP, system: 'dark' }, rules: 'colour' },
  { view: { name: 'phone, light', width: PHONE, system: 'light' }, rules: 'all' },
  { view: { name: 'phone, dark', width: PHONE, system: 'dark' }, rules: 'colour' },
];
const TOGGLED: { view: View; sameAs: View }[] = [
  {
    view: { name: 'dark chosen on a light system', width: DESKTOP, system: 'light', chosen: 'dark' },
    sameAs: SWEEPS[1]!.view,
  },
  {
    view: { name: 'light chosen on a dark system', width: DESKTOP, system: 'dark', chosen: 'light' },
    sameAs: SWEEPS[0]!.view,
  },
];
/** Long pages (the timeline, the bibliography, explainers) take a while on two busy cores. */
const PAGE_TIMEOUT = 180_000;

let server: SiteServer;
let browser: Browser;
/** Tabs not in use; a test takes one and gives it back. */
const idleTabs: Page[] = [];
const waiting: ((page: Page) => void)[] = [];
const TABS = 2;

beforeAll(async () => {
  server = await serveBuiltSite();
  browser = await launchBrowser();
  for (let i = 0; i < TABS; i += 1) idleTabs.push(trackRequests(await browser.context.newPage()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function withTab<T>(work: (page: Page) => Promise<T>): Promise<T> {
  const page = idleTabs.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
  try {
    return await work(page);
  } finally {
    const next = waiting.shift();
    if (next) next(page);
    else idleTabs.push(page);
  }
}

/** Requests in flight per tab, and when the last one started or ended. */
const network = new WeakMap<Page, { inFlight: number; lastChange: number }>();

function trackRequests(page: Page): Page {
  const state = { inFlight: 0, lastChange: Date.now() };
  network.set(page, state);
  const change = (delta: number) => () => {
    state.inFlight += delta;
    state.lastChange = Date.now();
  };
  page.on('request', change(1));
  page.on('requestfinished', change(-1));
  page.on('requestfailed', change(-1));
  return page;
}

/**
 * Opens a page and waits until nothing has been loading for a moment: a page that fetches after
 * it loads (the search page renders its interface and filters from the index) is checked as the
 * reader sees it. Static pages are quiet at once.
 */
async function open(page: Page, path: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: DESKTOP, height: 900 });
  const response = await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
  expect(response?.status(), path).toBe(200);
  const state = network.get(page)!;
  const QUIET_MS = 150;
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (state.inFlight <= 0 && Date.now() - state.lastChange >= QUIET_MS) break;
    await page.waitForTimeout(50);
  }
}

async function show(page: Page, view: View): Promise<void> {
  await page.setViewportSize({ width: view.width, height: view.width === PHONE ? 740 : 900 });
  await page.emulateMedia({ colorScheme: view.system });
  await page.evaluate(async (chosen) => {
    if (chosen) document.documentElement.dataset.theme = chosen;
    else delete document.documentElement.dataset.theme;
    // Let any colour transition finish, so contrast is measured on the final colours.
    // (Endless animations never finish, and a cancelled one rejects: neither is waited for.)
    const finite = document
      .getAnimations()
      .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)));
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  }, view.chosen);
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

const PAINT_PROPERTIES = [
  'color',
  'background-color',
  'background-image',
  'border-color',
  'outline-color',
  'text-decoration-color',
  'box-shadow',
  'fill',
  'stroke',
  'opacity',
];

type PaintStore = Record<string, Map<Element, string[]>>;

/**
 * Computed colours of every element, kept in the page under `key` to compare views later. Keyed by
 * element, so that anything a script adds or removes in between is left out rather than misaligned.
 */
async function recordPaintedColours(page: Page, key: string): Promise<void> {
  await page.evaluate(
    ([key, properties]) => {
      const store = ((window as unknown as { paintedColours?: PaintStore }).paintedColours ??= {});
      store[key] = new Map(
        [...document.querySelectorAll('*')].map((element) => {
          const style = getComputedStyle(element);
          return [element, properties.map((property) => style.getPropertyValue(property))];
        }),
      );
    },
    [key, PAINT_PROPERTIES] as const,
  );
}

/** Elements painted differently in two recorded views: "<a class=…>: color rgb(…) instead of rgb(…)". */
async function paintedColoursDiffer(page: Page, expected: string, actual: string): Promise<string[]> {
  return page.evaluate(
    ([expected, actual, properties]) => {
      const store = (window as unknown as { paintedColours: PaintStore }).paintedColours;
      return [...store[actual]!]
        .map(([element, got]) => {
          const want = store[expected]!.get(element);
          if (!want) return '';
          const differences = properties
            .map((property, i) => [property, want[i], got[i]] as const)
            .filter(([, wanted, found]) => wanted !== found)
            .map(([property, wanted, found]) => `${property} ${found} instead of ${wanted}`);
          return differences.length === 0 ? '' : `${element.outerHTML.slice(0, 80)}: ${differences.join(', ')}`;
        })
        .filter(Boolean)
        .slice(0, 5);
    },
    [expected, actual, PAINT_PROPERTIES] as const,
  );
}

async function axeViolations(page: Page, rules: 'all' | 'colour'): Promise<Violation[]> {
  const options = rules === 'all' ? {} : { runOnly: COLOUR_RULES };
  return page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { ...options, resultTypes: ['violations'] })) as {
      violations: Violation[];
    };
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact: impact ?? null,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  }, options);
}

/** "desktop, dark: color-contrast (serious) Elements must meet … at .badge (Fix any of: …)" */
function describeViolation(view: View, violation: Violation): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `${node.target.join(' ')} (${node.failureSummary.replace(/\s+/g, ' ').trim()})`)
    .join('; ');
  const more = violation.nodes.length > 5 ? `; and ${violation.nodes.length - 5} more` : '';
  return `${view.name}: ${violation.id} (${violation.impact}) ${violation.help} at ${nodes}${more}`;
}

describe('axe-core on every page, at two widths, in both themes, by system setting and by toggle', () => {
  it.concurrent.each(paths)(
    '%s has no violations',
    async (path) => {
      const problems = await withTab(async (page) => {
        await open(page, path);
        await page.evaluate(axeSource);
        const found: string[] = [];
        for (const { view, rules } of SWEEPS) {
          await show(page, view);
          for (const violation of await axeViolations(page, rules)) found.push(describeViolation(view, violation));
          if (view.width === DESKTOP) await recordPaintedColours(page, view.name);
        }
        for (const { view, sameAs } of TOGGLED) {
          await show(page, view);
          await recordPaintedColours(page, view.name);
          for (const difference of await paintedColoursDiffer(page, sameAs.name, view.name)) {
            found.push(`${view.name}: painted unlike the system ${sameAs.system} theme: ${difference}`);
          }
        }
        return found;
      });
      expect(problems).toEqual([]);
    },
    PAGE_TIMEOUT,
  );
});

interface Stop {
  /** Index among the elements expected to be reachable, or -1 for anything else. */
  index: number;
  description: string;
  /** The focus indicator is drawn (an outline of at least 2px, or a box shadow). */
  indicated: boolean;
  /** The focused element is on screen. */
  onScreen: boolean;
}

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  'iframe',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable]:not([contenteditable="false"])',
].join(', ');

/**
 * Presses Tab `times` times. The key events are sent to Chromium in one go (it handles them in
 * order), which is several times faster than waiting for each press on pages with a thousand links.
 */
async function pressTab(page: Page, times: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: times }, () => [
      session.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key }),
      session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }),
    ]).flat(),
  );
  await session.detach();
}

describe('the keyboard on every page', () => {
  it.concurrent.each(paths)(
    '%s: skip link first, every control reachable by Tab with a visible focus indicator',
    async (path) => {
      const { expected, positiveTabIndex, stops, skipTarget } = await withTab(async (page) => {
        await open(page, path);
        // The controls shown, in document order, which is Tab order unless a tabindex above 0
        // reorders it.
        const { expected, positiveTabIndex } = await page.evaluate((selector) => {
          const shown = [...document.querySelectorAll<HTMLElement>(selector)].filter(
            (element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('[inert]'),
          );
          shown.forEach((element, index) => (element.dataset.tabStop = String(index)));
          return {
            expected: shown.map((element) => element.outerHTML.slice(0, 120)),
            positiveTabIndex: [...document.querySelectorAll<HTMLElement>('[tabindex]')]
              .filter((element) => element.tabIndex > 0)
              .map((element) => element.outerHTML.slice(0, 120)),
          };
        }, FOCUSABLE);

        // Each focus change is recorded in the page as it happens, so Tab can be pressed without a
        // round trip per stop.
        await page.evaluate(() => {
          const record: Stop[] = [];
          (window as unknown as { tabStops: Stop[] }).tabStops = record;
          document.addEventListener('focusin', (event) => {
            const element = event.target;
            if (!(element instanceof HTMLElement)) return;
            const style = getComputedStyle(element);
            const rect = element.getBoundingClientRect();
            record.push({
              index: element.dataset.tabStop === undefined ? -1 : Number(element.dataset.tabStop),
              description: element.outerHTML.slice(0, 120),
              indicated:
                (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
              onScreen:
                rect.width > 0 &&
                rect.height > 0 &&
                rect.bottom > 0 &&
                rect.right > 0 &&
                rect.top < innerHeight &&
                rect.left < innerWidth,
            });
          });
        });
        // Tab until focus comes round to where it started (past the last control it leaves the page,
        // then starts again at the top). Controls a script adds meanwhile (search results) make
        // the round longer than the count taken above, so Tab is pressed in rounds.
        let stops: Stop[] = [];
        for (let round = 0; round < 5; round += 1) {
          await pressTab(page, expected.length + 10);
          const recorded = await page.evaluate(() => (window as unknown as { tabStops: Stop[] }).tabStops);
          const wrap = recorded.findIndex((stop, index) => index > 0 && stop.description === recorded[0]!.description);
          stops = wrap === -1 ? recorded : recorded.slice(0, wrap);
          if (wrap !== -1) break;
        }

        // The skip link, followed with Enter, moves focus to <main>. (It is focused directly: a
        // page may autofocus its own field, such as the search page's.)
        await page.evaluate(() => document.querySelector<HTMLElement>('a.skip-link')?.focus());
        await page.keyboard.press('Enter');
        const skipTarget = await page.evaluate(() => document.activeElement?.id ?? '');
        return { expected, positiveTabIndex, stops, skipTarget };
      });

      const reached = new Set(stops.map((stop) => stop.index));
      // One comparison, so that a failure shows every keyboard problem on the page at once.
      expect({
        firstInTabOrder: /^<a class="skip-link"/.test(expected[0] ?? '') ? 'the skip link' : (expected[0] ?? 'nothing'),
        reorderedByPositiveTabIndex: positiveTabIndex,
        focusAfterSkipLink: skipTarget,
        shownButNeverReachedByTab: expected.filter((_, index) => !reached.has(index)),
        focusedWithoutVisibleOutline: stops.filter((stop) => !stop.indicated).map((stop) => stop.description),
        focusedOffScreen: stops.filter((stop) => !stop.onScreen).map((stop) => stop.description),
      }).toEqual({
        firstInTabOrder: 'the skip link',
        reorderedByPositiveTabIndex: [],
        focusAfterSkipLink: 'main',
        shownButNeverReachedByTab: [],
        focusedWithoutVisibleOutline: [],
        focusedOffScreen: [],
      });
    },
    PAGE_TIMEOUT,
  );
});
