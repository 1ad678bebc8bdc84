/** Every source in the bibliography supports at least one entry: none is listed for nothing. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';
import type { DataCollection } from '../../src/schemas';
import { referencesOf, type Reference } from '../../src/schemas/references';

describe('sources', () => {
  const { entries } = checkContent('content');

  it('are each cited by at least one entry', () => {
    const cited = new Set<string>();
    for (const collection of Object.keys(referencesOf) as DataCollection[]) {
      const refsOf = referencesOf[collection] as (data: unknown) => Reference[];
      for (const entry of entries[collection]) {
        for (const ref of refsOf(entry.data)) if (ref.collection === 'sources') cited.add(ref.id);
      }
    }
    expect(entries.sources.length).toBeGreaterThan(0);
    const uncited = entries.sources
      .filter((source) => !cited.has(source.id))
      .map((source) => `${source.file}: cited by no figure, event, quote, term or the treaty; cite it or remove it`);
    expect(uncited).toEqual([]);
  });
});
