import { describe, expect, it } from 'vitest';
import { resultKicker, searchFromUrl, searchToUrl } from '../../src/lib/search-results';

describe('resultKicker', () => {
  it('says what a result is, then where and when, without repeating what the title says', () => {
    expect(
      resultKicker({
        title: 'About 300 killed, as of 13 January 2025',
        type: 'Estimate',
        section: 'Estimates',
        claimant: 'National Intelligence Service (South Korea)',
        date: '13 January 2025',
      }),
    ).toBe('Figure · National Intelligence Service (South Korea)');
    expect(
      resultKicker({
        title: 'Fresh North Korean troops help Russia retake Sudzha',
        type: 'Event',
        section: 'Timeline',
        claimant: 'Ukraine',
        date: 'March 2025',
        status: 'claimed by Ukraine',
      }),
    ).toBe('Event · March 2025 · claimed by Ukraine');
    expect(
      resultKicker({ title: 'The casualties', type: 'Explainer', section: 'Casualties', reviewed: '27 November 2026' }),
    ).toBe('Explainer · Casualties · reviewed 27 November 2026');
    expect(resultKicker({ title: 'Kim Jong Un', type: 'Person', section: 'Actors' })).toBe('Actor · Person');
    expect(resultKicker({ title: 'Sources: D', type: 'Bibliography', section: 'Sources' })).toBe('Source list');
  });
});

describe('the search in the URL', () => {
  it('reads the query and every filter, repeated parameters included', () => {
    expect(
      searchFromUrl(new URL('https://x.test/sub/search/?q=kursk&topic=Casualties&topic=Kursk&year=2025&x=1')),
    ).toEqual({
      term: 'kursk',
      filters: { topic: ['Casualties', 'Kursk'], year: ['2025'] },
    });
    expect(searchFromUrl(new URL('https://x.test/search/'))).toEqual({ term: '', filters: {} });
  });

  it('writes them back, keeping the path and other parameters, dropping an empty query and highlights', () => {
    const url = new URL('https://x.test/sub/search/?q=old&highlight=old&keep=1#top');
    expect(searchToUrl(url, ' Kim Jong Un ', { claimant: ['NIS'], year: [] }).href).toBe(
      'https://x.test/sub/search/?keep=1&q=Kim+Jong+Un&claimant=NIS#top',
    );
    expect(searchToUrl(url, '', { section: ['Timeline'] }).href).toBe(
      'https://x.test/sub/search/?keep=1&section=Timeline#top',
    );
  });

  it('round-trips', () => {
    const filters = {
      section: ['Estimates'],
      topic: ['Prisoners of war'],
      claimant: ['Ukraine'],
      year: ['2024', '2025'],
    };
    const url = searchToUrl(new URL('https://x.test/search/'), 'captured', filters);
    expect(searchFromUrl(url)).toEqual({ term: 'captured', filters });
  });
});
