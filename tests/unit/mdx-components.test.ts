/**
 * The data components MDX pages use (<Estimates>, <Know>, <PageLink>): their props are checked
 * before anything renders, and a bad id fails the content check naming the file and the line.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';
import { dataComponentProblems, pageMatcher, parseEntryRefs, pageRefs, type RefLookup } from '../../src/lib/mdx-refs';
import { FIGURE_METRICS } from '../../src/schemas/figure';

const lookup: RefLookup = {
  has: (collection, id) => id === `good-${collection.replace(/s$/, '')}`,
  metrics: FIGURE_METRICS,
  hasPage: pageMatcher(
    [
      '[...slug].astro',
      'timeline.astro',
      'actors/[...part].astro',
      'actors/[id].astro',
      'glossary/[...part].astro',
      '404.astro',
      'data/figures.json.ts',
    ],
    new Set(['index', 'treaty']),
    new Set(['kim-jong-un']),
  ),
};

describe('data component props', () => {
  it('accepts good usages', () => {
    expect(dataComponentProblems('Estimates', { metric: 'killed' }, lookup)).toEqual([]);
    expect(dataComponentProblems('Estimates', { metric: 'killed wounded', claimant: 'good-actor' }, lookup)).toEqual(
      [],
    );
    expect(dataComponentProblems('Estimates', { ids: 'good-figure' }, lookup)).toEqual([]);
    expect(dataComponentProblems('Know', { known: 'figure:good-figure event:good-event' }, lookup)).toEqual([]);
    expect(dataComponentProblems('PageLink', { to: 'treaty' }, lookup)).toEqual([]);
    expect(dataComponentProblems('PageLink', { to: 'timeline#event-good-event' }, lookup)).toEqual([]);
    expect(dataComponentProblems('PageLink', { to: 'actors/kim-jong-un' }, lookup)).toEqual([]);
  });

  it('knows a list split into parts by its page and its numbered parts, and nothing else under it', () => {
    for (const to of ['glossary', 'glossary#term-kursk', 'glossary/2', 'actors', 'actors/3']) {
      expect(dataComponentProblems('PageLink', { to }, lookup), to).toEqual([]);
    }
    for (const to of ['glossary/kursk', 'glossary/2/3', 'actors/nobody']) {
      expect(dataComponentProblems('PageLink', { to }, lookup), to).toHaveLength(1);
    }
  });

  it('names the prop, what was found and what is expected', () => {
    expect(dataComponentProblems('Estimates', { metric: 'dead' }, lookup)).toMatchInlineSnapshot(`
      [
        "<Estimates metric="dead">: found "dead"; expected one of troops_deployed, additional_troops, killed, wounded, killed_or_wounded, casualties_incl_missing, captured, missing, prisoners_taken, area_held, settlements_held, other",
      ]
    `);
    expect(dataComponentProblems('Estimates', {}, lookup)).toMatchInlineSnapshot(`
      [
        "<Estimates> needs exactly one of metric="…" (one of troops_deployed, additional_troops, killed, wounded, killed_or_wounded, casualties_incl_missing, captured, missing, prisoners_taken, area_held, settlements_held, other) or ids="…" (figure ids); found neither",
      ]
    `);
    expect(dataComponentProblems('Estimates', { metric: 'killed', claimant: 'nobody' }, lookup)).toMatchInlineSnapshot(`
      [
        "<Estimates claimant="nobody">: found "nobody", which is not in content/actors/; expected the id of an existing entry (a file content/actors/nobody.yaml)",
      ]
    `);
    expect(dataComponentProblems('Know', { known: 'figure:good-figure event:no-such-event nis-2025' }, lookup))
      .toMatchInlineSnapshot(`
      [
        "<Know known="figure:good-figure event:no-such-event nis-2025">: found "no-such-event", which is not in content/events/; expected the id of an existing event (a file content/events/no-such-event.yaml)",
        "<Know known="figure:good-figure event:no-such-event nis-2025">: found "nis-2025"; expected kind:id with kind figure or event, e.g. "figure:nis-2025-09-02-killed" or "event:treaty-signed"",
      ]
    `);
    expect(dataComponentProblems('Know', { disputed: 'event:good-event' }, lookup)).toMatchInlineSnapshot(`
      [
        "<Know> has no known; expected known="…" naming entries as kind:id, e.g. "figure:x event:y"",
      ]
    `);
    expect(dataComponentProblems('PageLink', { to: '/treaty/' }, lookup)).toMatchInlineSnapshot(`
      [
        "<PageLink to="/treaty/">: found a URL; expected a site path without a leading slash, e.g. "treaty" or "timeline#event-treaty-signed" (the base path is added for you)",
      ]
    `);
    expect(dataComponentProblems('PageLink', { to: 'treatise' }, lookup)).toMatchInlineSnapshot(`
      [
        "<PageLink to="treatise">: found "treatise", which is not a page of the site; expected an explainer (a file content/explainers/treatise.mdx), a reference page such as "timeline", or "actors/<actor id>"",
      ]
    `);
  });

  it('knows the pages the routes make', () => {
    const { hasPage } = lookup;
    expect(
      ['', 'index', 'treaty', 'timeline', 'actors', 'actors/kim-jong-un', 'data/figures.json'].map(hasPage),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(['faq', 'actors/nobody', 'timeline/2025', '404', 'actors/kim-jong-un/x'].map(hasPage)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('reads typed entry references', () => {
    expect(parseEntryRefs('figure:a, event:b')).toEqual([
      { kind: 'figure', id: 'a' },
      { kind: 'event', id: 'b' },
    ]);
    expect(parseEntryRefs('quote:c')[0]).toHaveProperty('problem');
  });

  it('scans data components apart from citing ones, keeping document order and lines', () => {
    const body = [
      '<Know known="event:a">',
      '',
      '- We do not know <Cite ids="s" />.',
      '',
      '</Know>',
      'See <PageLink to="treaty">the treaty</PageLink> and <Figure id="f" />.',
      '<Estimates metric="killed" />',
    ].join('\n');
    const refs = pageRefs(body);
    expect(refs.data).toEqual([
      { component: 'Know', props: { known: 'event:a' }, expressions: {}, line: 1 },
      { component: 'PageLink', props: { to: 'treaty' }, expressions: {}, line: 6 },
      { component: 'Estimates', props: { metric: 'killed' }, expressions: {}, line: 7 },
    ]);
    expect(refs.citing.map((ref) => ref.component)).toEqual(['Cite', 'Figure']);
  });
});

describe('the content check on data components', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'mdx-components-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('fails on unknown ids in <Estimates>, <Know> and <PageLink>, naming file:line', () => {
    const dir = join(scratch, 'content');
    cpSync('content', dir, { recursive: true });
    writeFileSync(
      join(dir, 'explainers', 'fixture-page.mdx'),
      [
        '---',
        'title: Fixture',
        'description: A page using data components with bad ids.',
        'order: 99',
        'topics: [casualties]',
        "reviewed: '2026-11-27'",
        '---',
        '',
        '<Estimates metric="killed" claimant="no-such-actor" />',
        '',
        '<Know known="event:treaty-signed figure:no-such-figure">',
        '',
        '- Unknown.',
        '',
        '</Know>',
        '',
        'Read <PageLink to="no-such-page">more</PageLink>.',
        '',
      ].join('\n'),
    );
    const problems = checkContent(dir).problems;
    expect(problems).toEqual([
      'content/explainers/fixture-page.mdx:9: <Estimates claimant="no-such-actor">: found "no-such-actor", which is not in content/actors/; expected the id of an existing entry (a file content/actors/no-such-actor.yaml)',
      'content/explainers/fixture-page.mdx:11: <Know known="event:treaty-signed figure:no-such-figure">: found "no-such-figure", which is not in content/figures/; expected the id of an existing figure (a file content/figures/no-such-figure.yaml)',
      'content/explainers/fixture-page.mdx:17: <PageLink to="no-such-page">: found "no-such-page", which is not a page of the site; expected an explainer (a file content/explainers/no-such-page.mdx), a reference page such as "timeline", or "actors/<actor id>"',
    ]);
  });
});
