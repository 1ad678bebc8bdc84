import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { formatIssues } from '../../src/lib/content-errors';
import { actorSchema } from '../../src/schemas/actor';
import { eventSchema } from '../../src/schemas/event';
import { explainerSchema } from '../../src/schemas/explainer';
import { figureSchema } from '../../src/schemas/figure';
import { quoteSchema } from '../../src/schemas/quote';
import { sourceSchema } from '../../src/schemas/source';
import { termSchema } from '../../src/schemas/term';
import { dataSchemas } from '../../src/schemas';
import { treatySchema } from '../../src/schemas/treaty';
import { readYamlFile } from '../../src/integrations/yaml-files';

/** The lines an editor would read for this data, as if it were in `file`. */
function problems(schema: z.ZodType, data: unknown, file = 'content/x.yaml'): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : formatIssues(file, result.error.issues, data);
}

const source = {
  publisher: 'Yonhap',
  title: 'N. Korea sent troops',
  url: 'https://example.org/a',
  published: '2024-10-18',
  language: 'en',
  kind: 'wire',
  tier: 'wire',
  note: 'NIS disclosure',
};
const figure = {
  metric: 'killed',
  value: 300,
  low: null,
  high: null,
  qualifier: 'about',
  unit: 'people',
  as_of: '2025-01-13',
  reported: '2025-01-13',
  claimant: 'south-korea-nis',
  via: 'Lawmaker Lee Seong-kweun',
  scope: 'Killed since deployment',
  sources: ['yonhap-a'],
  note: '',
  single_source: false,
};
const event = {
  date: '2025-04-26',
  date_precision: 'day',
  title: 'Russia says Kursk retaken',
  summary: 'Gerasimov reported it to Putin.',
  topics: ['kursk'],
  actors: ['valery-gerasimov'],
  status: 'disputed',
  claimed_by: 'russia',
  disputed_by: 'ukraine-general-staff',
  sources: ['tass-a', 'kyiv-b'],
  disputed_in: ['kyiv-b'],
  single_source: false,
};

describe('sources', () => {
  it('accepts a valid source and an undated one', () => {
    expect(problems(sourceSchema, source)).toEqual([]);
    expect(problems(sourceSchema, { ...source, published: null, date_note: 'The page shows no date.' })).toEqual([]);
  });
  it('needs a tier, a date note for an undated page, and the original of a relay', () => {
    const { tier: _tier, ...untiered } = source;
    expect(problems(sourceSchema, { ...untiered, published: null })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: tier: missing; expected one of "official", "wire", "outlet", "relay", "flagged". Add the field.",
        "content/x.yaml: date_note: found published: null and no date note; expected why the page has no date, e.g. date_note: "The page shows no publication date." (readers see "date not given")",
      ]
    `);
    expect(problems(sourceSchema, { ...source, tier: 'relay', date_note: 'No date.' })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: date_note: found a date note, but published is "2024-10-18"; expected date_note only with published: null. Remove it.",
        "content/x.yaml: original: found a relay with no original; expected the story it copies, which readers see first: original: { publisher, title, published, url } (title, published and url null when not known)",
      ]
    `);
    const original = { publisher: 'Yonhap', title: null, published: null, url: null };
    expect(problems(sourceSchema, { ...source, tier: 'relay', original })).toEqual([]);
  });
  it('names the field, what was found and what is expected', () => {
    expect(problems(sourceSchema, { ...source, kind: 'blog', language: 'english', extra: 1 })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: language: found "english"; expected a two-letter language code such as "en" or "ko"",
        "content/x.yaml: kind: found "blog"; expected one of "news", "wire", "government", "think-tank", "reference"",
        "content/x.yaml: extra: unknown field; expected only the fields the schema documents. Remove it or fix the spelling.",
      ]
    `);
    expect(problems(sourceSchema, { ...source, url: 'not a url', published: '2025-02-30' })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: url: found "not a url"; expected an http(s) URL",
        "content/x.yaml: published: found "2025-02-30", which is not a real date; expected YYYY-MM-DD or YYYY-MM (e.g. '2024-10-18' or '2024-10')",
      ]
    `);
  });
});

describe('actors', () => {
  it('accepts names in other scripts and rejects unknown languages', () => {
    const actor = {
      name: 'Kim Jong Un',
      kind: 'person',
      role: 'Leader',
      aliases: ['Kim Jong-un'],
      names: { ko: '김정은' },
    };
    expect(problems(actorSchema, actor)).toEqual([]);
    expect(problems(actorSchema, { ...actor, names: { fr: 'Kim' } })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: fr: unknown field in names; expected only the fields the schema documents. Remove it or fix the spelling.",
      ]
    `);
  });
  it('says which required field is missing', () => {
    expect(problems(actorSchema, { name: 'X', kind: 'person', aliases: [] })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: role: missing; expected text. Add the field.",
      ]
    `);
  });
});

describe('events', () => {
  it('accepts a disputed event that names both sides', () => {
    expect(problems(eventSchema, event)).toEqual([]);
  });
  it('requires the disputer and the claimant', () => {
    expect(problems(eventSchema, { ...event, disputed_by: null })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: disputed_by: found no disputer for a disputed event; expected the actor id of whoever rejects it (or set status: claimed)",
      ]
    `);
    expect(problems(eventSchema, { ...event, status: 'claimed', claimed_by: null, disputed_by: null, disputed_in: [] }))
      .toMatchInlineSnapshot(`
      [
        "content/x.yaml: claimed_by: found no claimant for a claimed event; expected the actor id of whoever claims it",
      ]
    `);
  });
  it('rejects an unknown status and topic', () => {
    expect(problems(eventSchema, { ...event, status: 'rumoured', topics: ['war'] })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: topics[0]: found "war"; expected one of "treaty", "deployment", "casualties", "kursk", "diplomacy", "weapons", "pows"",
        "content/x.yaml: status: found "rumoured"; expected one of "confirmed", "claimed", "disputed"",
      ]
    `);
  });
  it('needs the pages where a disputed event is disputed, among its sources', () => {
    const { disputed_in: _disputedIn, ...undisputed } = event;
    expect(problems(eventSchema, undisputed)).toMatchInlineSnapshot(`
      [
        "content/x.yaml: disputed_in: found no source where ukraine-general-staff rejects the claim; expected disputed_in: [ids of the pages where they do] (each also in sources), or status: claimed when no one publicly rejects it",
      ]
    `);
    expect(problems(eventSchema, { ...event, disputed_in: ['elsewhere'] })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: disputed_in[0]: found "elsewhere", which is not in sources; expected every disputed_in id also listed in sources. Add it to sources.",
      ]
    `);
    expect(problems(eventSchema, { ...event, status: 'claimed', disputed_by: null })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: disputed_in: found disputed_in on a claimed event; expected it only with status: disputed. Remove it, or set status: disputed with disputed_by.",
      ]
    `);
  });
  it('cuts a placeholder day under month precision to the month', () => {
    const result = eventSchema.parse({ ...event, date: '2024-08-01', date_precision: 'month' });
    expect(result.date).toBe('2024-08');
  });
});

describe('figures', () => {
  it('accepts a valid figure, a range and a plan', () => {
    expect(problems(figureSchema, figure)).toEqual([]);
    expect(problems(figureSchema, { ...figure, value: null, low: 1000, high: 3000, qualifier: null })).toEqual([]);
    expect(problems(figureSchema, { ...figure, as_of: '2024-12', reported: '2024-10-23', plan: true })).toEqual([]);
  });
  it('rejects low > high, as_of after reported, negative counts and unknown metrics', () => {
    expect(problems(figureSchema, { ...figure, value: null, low: 5000, high: 3000 })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: low: found low (5000) greater than high (3000); expected low <= high",
      ]
    `);
    expect(problems(figureSchema, { ...figure, as_of: '2025-02-01' })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: as_of: found as_of (2025-02-01) after reported (2025-01-13); expected as_of <= reported, or plan: true for a plan or forecast",
      ]
    `);
    expect(problems(figureSchema, { ...figure, value: -5, metric: 'dead' })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: metric: found "dead"; expected one of "troops_deployed", "additional_troops", "killed", "wounded", "killed_or_wounded", "casualties_incl_missing", "captured", "missing", "prisoners_taken", "area_held", "settlements_held", "other"",
        "content/x.yaml: value: found -5; expected a number of 0 or more",
      ]
    `);
  });
  it('keeps a press composite apart from any claimant', () => {
    const composite = { ...figure, composite: true, claimant: null, via: 'Reuters' };
    expect(problems(figureSchema, composite)).toEqual([]);
    expect(problems(figureSchema, { ...composite, claimant: 'south-korea-nis', via: null })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: claimant: found "south-korea-nis" on a press composite (composite: true); expected claimant: null, with the outlet that put the composite together in via",
        "content/x.yaml: via: found no outlet on a press composite (composite: true); expected via naming the outlet that put it together, e.g. via: Reuters",
      ]
    `);
    expect(problems(figureSchema, { ...figure, scope: 'Killed, citing South Korean and Ukrainian sources' }))
      .toMatchInlineSnapshot(`
      [
        "content/x.yaml: claimant: found "south-korea-nis", but scope says "citing South Korean and Ukrainian sources", which marks a press composite; expected composite: true and claimant: null, with the outlet in via (or reword scope if south-korea-nis itself made the estimate)",
      ]
    `);
  });
  it('needs at least one source', () => {
    expect(problems(figureSchema, { ...figure, sources: [] })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: sources: found a list of 0; expected at least 1",
      ]
    `);
  });
});

describe('quotes, terms and explainers', () => {
  it('keeps quotes short', () => {
    const quote = {
      speaker: 'kim-jong-un',
      date: '2024-06-19',
      quote: 'word '.repeat(41).trim(),
      context: 'c',
      source: 's',
    };
    expect(problems(quoteSchema, quote)).toMatchInlineSnapshot(`
      [
        "content/x.yaml: quote: found 41 words; expected at most 40 (quote less, paraphrase the rest in context)",
      ]
    `);
  });
  it('requires a term to cite a source', () => {
    expect(problems(termSchema, { term: 'NIS', definition: 'd', aliases: [], sources: [] })).toHaveLength(1);
  });
  it('validates explainer frontmatter', () => {
    const page = { title: 'T', description: 'D', order: 1, topics: ['treaty'], reviewed: '2026-11-27' };
    expect(problems(explainerSchema, page)).toEqual([]);
    expect(problems(explainerSchema, { ...page, reviewed: '2026-11' })).toMatchInlineSnapshot(`
      [
        "content/x.yaml: reviewed: found "2026-11", which is not a real day; expected YYYY-MM-DD (e.g. '2025-04-28')",
      ]
    `);
  });
});

describe('treaty', () => {
  it('accepts the real treaty record', () => {
    const { data } = readYamlFile('content/treaty/treaty.yaml');
    expect(problems(treatySchema, data)).toEqual([]);
  });
});

describe('the id every data entry may repeat', () => {
  it.each(Object.entries(dataSchemas))('is checked the same way in %s', (_collection, schema) => {
    const idProblems = problems(schema, { id: 'Kim Jong Un' }).filter((line) => line.includes(': id:'));
    expect(idProblems).toEqual([
      'content/x.yaml: id: found "Kim Jong Un"; expected a lower-case slug of letters, digits and single hyphens, e.g. "nis-2025-01-13"',
    ]);
  });
});
