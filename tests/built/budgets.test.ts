/**
 * Byte and request budgets (tests/budgets.ts) on every built page: what a first visit with an
 * empty cache transfers, gzipped, before any interaction. Run after `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { budgets, overBudget } from '../budgets';
import { builtPages } from '../helpers/dist';
import { kib, pageWeight, type PageWeight } from '../helpers/page-weight';

const weights = builtPages()
  .map(pageWeight)
  .sort((a, b) => a.path.localeCompare(b.path));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** "/timeline/: 52.1 KiB (html 49.0 KiB, css 1.9 KiB, …)", for failure messages. */
function describeWeight(weight: PageWeight): string {
  const parts = weight.resources.map((resource) => `${resource.file} ${kib(resource.gzip)}`).join(', ');
  return `${weight.path}: ${kib(weight.total)} in ${weight.requests} requests (${parts})`;
}

const overBy = (limit: number, measure: (weight: PageWeight) => number, pages = weights) =>
  pages.filter((weight) => measure(weight) > limit).map(describeWeight);

describe('byte budgets', () => {
  it('measures every built page', () => {
    expect(weights.length).toBeGreaterThan(10);
    for (const weight of weights) expect(weight.resources[0]!.kind, weight.path).toBe('html');
  });

  it(`keeps the median page under ${kib(budgets.medianPageGzip)} gzip`, () => {
    expect(median(weights.map((weight) => weight.total)), 'the median page, in bytes').toBeLessThanOrEqual(
      budgets.medianPageGzip,
    );
  });

  it(`keeps every page under ${kib(budgets.pageGzip)} gzip, charts included`, () => {
    const unlisted = weights.filter((weight) => !(weight.path in overBudget));
    expect(
      overBy(budgets.pageGzip, (weight) => weight.total, unlisted),
      'pages over budget: make them leaner or split them (tests/budgets.ts says what counts)',
    ).toEqual([]);
  });

  it.each(Object.entries(overBudget))('keeps %s, allowed over budget for now, under its ceiling', (path, allowance) => {
    const weight = weights.find((candidate) => candidate.path === path);
    expect(weight, `${path} is in overBudget (tests/budgets.ts) but was not built: delete its line`).toBeDefined();
    expect(
      weight!.total,
      `${path} fits the ${kib(budgets.pageGzip)} budget again: delete its line from overBudget in tests/budgets.ts`,
    ).toBeGreaterThan(budgets.pageGzip);
    expect(
      overBy(allowance.pageGzip, (candidate) => candidate.total, [weight!]),
      allowance.why,
    ).toEqual([]);
  });

  it(`keeps every page's CSS under ${kib(budgets.cssGzip)} gzip`, () => {
    expect(
      overBy(budgets.cssGzip, (weight) => weight.css),
      'pages whose stylesheets are over budget',
    ).toEqual([]);
  });

  it(`runs under ${kib(budgets.scriptGzip)} gzip of JavaScript before search is opened`, () => {
    expect(
      overBy(budgets.scriptGzip, (weight) => weight.script),
      'pages running too much JavaScript up front: load it on demand with a dynamic import()',
    ).toEqual([]);
  });

  it(`makes at most ${budgets.requests} requests per page`, () => {
    expect(
      overBy(budgets.requests, (weight) => weight.requests),
      'pages making too many requests: bundle stylesheets and scripts, or load on demand',
    ).toEqual([]);
  });
});
