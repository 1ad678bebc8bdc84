/** How the timeline is split into pages (src/lib/timeline.ts): by month, long months in parts. */
import { describe, expect, it } from 'vitest';
import { EVENTS_PER_PAGE, splitTimeline, timelinePagePath, timelinePageTitle } from '../../src/lib/timeline';

/** `count` events on days of `month`, oldest first, named `<month>-<n>`. */
const eventsIn = (month: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `${month}-${index + 1}`,
    date: `${month}-${String(1 + (index % 28)).padStart(2, '0')}`,
  })).sort((a, b) => a.date.localeCompare(b.date));

describe('timeline pages', () => {
  it('gives each month one page, under its year, with every event once', () => {
    const events = [...eventsIn('2024-12', 3), { id: 'month-only', date: '2025-01' }, ...eventsIn('2025-01', 2)];
    const pages = splitTimeline(events);
    expect(pages.map((page) => [page.path, page.events.length, page.parts])).toEqual([
      ['timeline/2024/12', 3, 1],
      ['timeline/2025/01', 3, 1],
    ]);
    expect(pages.flatMap((page) => page.events.map((event) => event.id)).sort()).toEqual(
      events.map((event) => event.id).sort(),
    );
  });

  it('continues a month longer than a page on numbered parts, in date order, none over the limit', () => {
    const pages = splitTimeline(eventsIn('2025-03', 2 * EVENTS_PER_PAGE + 1));
    expect(pages.map((page) => page.path)).toEqual(['timeline/2025/03', 'timeline/2025/03/2', 'timeline/2025/03/3']);
    expect(pages.map((page) => [page.first, page.events.length, page.monthTotal])).toEqual([
      [1, EVENTS_PER_PAGE, 2 * EVENTS_PER_PAGE + 1],
      [EVENTS_PER_PAGE + 1, EVENTS_PER_PAGE, 2 * EVENTS_PER_PAGE + 1],
      [2 * EVENTS_PER_PAGE + 1, 1, 2 * EVENTS_PER_PAGE + 1],
    ]);
    expect(pages.map(timelinePageTitle)).toEqual([
      'March 2025, part 1 of 3',
      'March 2025, part 2 of 3',
      'March 2025, part 3 of 3',
    ]);
  });

  it('keeps an event on its page when a later event of its month is added', () => {
    const events = eventsIn('2025-03', EVENTS_PER_PAGE);
    const before = splitTimeline(events);
    const after = splitTimeline([...events, { id: 'late', date: '2025-03-31' }]);
    expect(after[0]!.events).toEqual(before[0]!.events);
    expect(after[1]!.events.map((event) => event.id)).toEqual(['late']);
  });

  it('names month pages by year and two-digit month', () => {
    expect([timelinePagePath('2024-06'), timelinePagePath('2024-06', 2)]).toEqual([
      'timeline/2024/06',
      'timeline/2024/06/2',
    ]);
    expect(timelinePageTitle({ month: '2024-06', part: 1, parts: 1 })).toBe('June 2024');
  });
});
