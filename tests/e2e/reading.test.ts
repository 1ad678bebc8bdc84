/**
 * What a reader on a phone and on a laptop sees first, and whether the charts can be read there:
 * the home page's first screen answers "how many, who says so, as of when" for troops sent,
 * killed, wounded and captured, and no chart text renders below 11 px on a 390 px wide screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser';
import { serveBuiltSite, type SiteServer } from '../helpers/server';

let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveBuiltSite();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number, height: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  const response = await page.goto(new URL(path, server.url).href);
  expect(response?.status(), path).toBe(200);
  return page;
}

const MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b/;

describe('the first screen of the home page', () => {
  it.each([
    [390, 844],
    [1280, 800],
  ])(
    'at %i×%i shows a number, a claimant and a month for troops sent, killed, wounded and captured',
    async (width, height) => {
      const page = await open('', width, height);
      const answers = await page.locator('.glance-answers > div').evaluateAll(
        (groups, fold) =>
          groups.map((group) => {
            const first = group.querySelector('dd');
            const box = first?.getBoundingClientRect();
            return {
              question: group.querySelector('dt')?.firstChild?.textContent?.trim() ?? '',
              text: first?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
              who: first?.querySelector('.glance-who')?.textContent?.trim() ?? '',
              aboveFold: box !== undefined && box.bottom <= fold && box.top >= 0,
            };
          }),
        height,
      );
      expect(answers.map((answer) => answer.question)).toEqual(['Troops sent', 'Killed', 'Wounded', 'Captured']);
      for (const answer of answers) {
        expect(answer.text, answer.question).toMatch(/\d/);
        expect(answer.who, answer.question).toMatch(/^[^,]+, /);
        expect(answer.who, answer.question).toMatch(MONTH);
        expect(answer.aboveFold, `${answer.question} at ${width}×${height}`).toBe(true);
      }
      await page.close();
    },
  );
});

describe('charts on a phone', () => {
  it.each(['casualties/', 'deployment/'])(
    '%s: every chart text renders at 11 px or more at 390 px wide',
    async (path) => {
      const page = await open(path, 390, 844);
      const sizes = await page.locator('figure[data-chart] svg[role="img"] text').evaluateAll((texts) =>
        texts.map((text) => {
          const svg = (text as SVGTextElement).ownerSVGElement!;
          // Rendered size = font size in user units × how much the SVG is scaled on screen.
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const box = (text as SVGTextElement).getBBox();
          const inside = box.x >= 0 && box.x + box.width <= svg.viewBox.baseVal.width;
          return { text: text.textContent ?? '', px: parseFloat(getComputedStyle(text).fontSize) * scale, inside };
        }),
      );
      expect(sizes.length).toBeGreaterThan(10);
      const smallest = Math.min(...sizes.map((size) => size.px));
      expect(smallest, JSON.stringify(sizes.find((size) => size.px === smallest))).toBeGreaterThanOrEqual(11);
      // No label runs off the picture (and off a phone's screen).
      expect(sizes.filter((size) => !size.inside).map((size) => size.text)).toEqual([]);
      await page.close();
    },
  );

  it('names each claimant beside its marks instead of in a legend', async () => {
    const page = await open('casualties/', 390, 844);
    expect(await page.locator('figure[data-chart] .chart-key').count()).toBe(0);
    const labels = await page.locator('#chart-casualties-killed .series-label text').allTextContents();
    expect(labels).toContain('NIS');
    await page.close();
  });
});
