/**
 * The pure parts of the ledger's rules: copies of one story, how a source is named to readers,
 * reading MDX prose as sentences, the wording that marks a composite or an editor, and what a
 * built page shows.
 */
import { describe, expect, it } from 'vitest';
import { correctionsLog } from '../../src/lib/corrections';
import { readerTextProblems, visibleText } from '../../src/integrations/reader-text-check';
import { atomFeed } from '../../src/lib/atom';
import { compositeWording, editorWording, idsInText } from '../../src/lib/ledger-wording';
import { proseSentences, undatedTimeBoundWord } from '../../src/lib/mdx-prose';
import { resolve } from 'node:path';
import { idFromFile, listFiles, readYamlFile } from '../../src/integrations/yaml-files';
import {
  countStories,
  groupCopies,
  nearIdenticalTitles,
  sameStory,
  storyOf,
  type SourceFacts,
} from '../../src/lib/source-copies';
import { datedSourceLabel, relayName, shortSourceLabel, sourceReference } from '../../src/lib/source-label';

const page = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  publisher: 'Example Daily',
  title: `A page ${id}`,
  url: `https://example.org/${id}`,
  published: '2025-11-14' as string | null,
  tier: 'outlet',
  ...fields,
});
const reuters = {
  publisher: 'Reuters',
  title: 'Russia says North Korean troops clear mines in Kursk',
  published: '2025-11-14',
  url: null,
};

/** Every pair compared, as groupCopies did before it compared only candidate pairs. */
function groupEveryPair<S extends SourceFacts>(sources: readonly S[]): string[][] {
  const group = sources.map((_source, index) => index);
  const root = (index: number): number => (group[index] === index ? index : root(group[index]!));
  for (let i = 0; i < sources.length; i += 1) {
    for (let j = i + 1; j < sources.length; j += 1) {
      if (root(i) !== root(j) && sameStory(sources[i]!, sources[j]!)) group[root(j)] = root(i);
    }
  }
  const groups = new Map<number, string[]>();
  sources.forEach((source, index) => groups.set(root(index), [...(groups.get(root(index)) ?? []), source.id]));
  return [...groups.values()];
}

describe('copies of one story', () => {
  it('groups the real bibliography, and variants of it, as comparing every pair does', () => {
    const real = listFiles(resolve('content', 'sources'), ['.yaml'])
      .map((file) => ({ ...(readYamlFile(file).data as Omit<SourceFacts, 'id'>), id: idFromFile(file) }))
      .filter((source) => typeof source.title === 'string');
    expect(real.length).toBeGreaterThan(100);
    // Near-copies the real list may lack: a word dropped, another page of the same story, a
    // short headline twice, relays of one original with and without its address.
    const variants: SourceFacts[] = real.flatMap((source, index) => {
      const words = source.title.split(' ');
      if (index % 7 === 0) return [{ ...source, id: `${source.id}-short`, title: words.slice(1).join(' ') }];
      if (index % 11 === 0)
        return [{ ...source, id: `${source.id}-relay`, publisher: 'Relay', original: storyOf(source) }];
      if (index % 13 === 0) return [{ ...source, id: `${source.id}-tiny`, title: words.slice(0, 2).join(' ') }];
      return [];
    });
    for (const sources of [real, [...real, ...variants], [...variants, ...real].reverse()]) {
      expect(groupCopies(sources).map((group) => group.map(({ id }) => id))).toEqual(groupEveryPair(sources));
    }
  });

  it('counts two relays of the same original (publisher and date) as one story', () => {
    const star = page('star', { publisher: 'The Star', tier: 'relay', original: reuters });
    const fox = page('fox', {
      publisher: 'Fox News',
      tier: 'relay',
      original: { publisher: 'Reuters', published: '2025-11-14' },
    });
    expect(sameStory(star, fox)).toBe(true);
    expect(countStories([star, fox])).toBe(1);
  });

  it('counts the original itself and a copy of it as one story', () => {
    const own = page('reuters', { publisher: 'Reuters', title: reuters.title, tier: 'wire' });
    const copy = page('star', { publisher: 'The Star (via Reuters)', tier: 'relay', original: reuters });
    expect(countStories([own, copy])).toBe(1);
  });

  it('keeps two stories of one agency on different days apart', () => {
    const first = page('a', { tier: 'relay', original: { publisher: 'AFP', published: '2025-12-13' } });
    const second = page('b', { tier: 'relay', original: { publisher: 'AFP', published: '2025-12-20' } });
    expect(countStories([first, second])).toBe(2);
  });

  it('finds copies by near-identical headlines on the same day, whatever the site suffix or apostrophe', () => {
    expect(
      nearIdenticalTitles(
        "Lawmaker: 300 North Korean soldiers killed in Russia's Kursk",
        'Lawmaker: 300 North Korean soldiers killed in Russia’s Kursk region - Example Weekly',
      ),
    ).toBe(true);
    expect(
      nearIdenticalTitles('North Korea sends troops to Russia', 'North Korea denies sending troops to Russia'),
    ).toBe(false);
    const a = page('a', { title: 'Seoul says 300 North Korean soldiers killed in Kursk' });
    const b = page('b', { publisher: 'Other', title: 'Seoul says 300 North Korean soldiers killed in Kursk' });
    const later = page('c', {
      publisher: 'Other',
      title: 'Seoul says 300 North Korean soldiers killed in Kursk',
      published: '2026-01-02',
    });
    expect(groupCopies([a, b, later]).map((group) => group.map(({ id }) => id))).toEqual([['a', 'b'], ['c']]);
  });

  it('joins a copy of a copy to the same group', () => {
    const own = page('reuters', { publisher: 'Reuters', title: reuters.title, tier: 'wire' });
    const star = page('star', { publisher: 'The Star', tier: 'relay', original: reuters });
    const fox = page('fox', {
      publisher: 'Fox News',
      tier: 'relay',
      original: { publisher: 'Reuters', published: '2025-11-14' },
    });
    const other = page('other', { title: 'Kyiv says North Korean artillery moved to the front' });
    expect(countStories([own, star, fox, other])).toBe(2);
  });
});

describe('how sources are named to readers', () => {
  const relay = page('star', {
    publisher: 'The Star (via Reuters)',
    title: 'Kim sends troops to clear mines',
    tier: 'relay',
    original: reuters,
  });

  it('names a relay by its original first', () => {
    expect(shortSourceLabel(relay)).toBe('Reuters, 14 Nov 2025 (read via The Star)');
    expect(datedSourceLabel(relay)).toBe('Reuters, 14 Nov 2025 (read via The Star)');
    expect(sourceReference(relay)).toBe(
      'Reuters, “Russia says North Korean troops clear mines in Kursk”, 14 November 2025; read via The Star, “Kim sends troops to clear mines”, 14 November 2025. https://example.org/star',
    );
  });

  it('leaves out an original date nobody knows, and says "date not given" for an undated page', () => {
    const undated = page('x', {
      tier: 'relay',
      published: null,
      original: { publisher: 'Yonhap', title: null, published: null },
    });
    expect(shortSourceLabel(undated)).toBe('Yonhap (read via Example Daily)');
    expect(datedSourceLabel(page('y', { published: null }))).toBe('Example Daily, date not given');
    expect(sourceReference(undated)).toBe(
      'Yonhap; read via Example Daily, “A page x”, date not given. https://example.org/x',
    );
  });

  it('says what a flagged page is', () => {
    expect(shortSourceLabel(page('p', { publisher: 'news-pravda.com', tier: 'flagged' }))).toBe(
      'news-pravda.com (known disinformation network)',
    );
  });

  it('drops the "(via …)" a relay name carries', () => {
    expect(relayName('24 Kanal (citing Yonhap)')).toBe('24 Kanal');
    expect(relayName('A News (via Anadolu)')).toBe('A News');
    expect(relayName('Korea Herald (Yonhap)')).toBe('Korea Herald (Yonhap)');
  });
});

describe('wording', () => {
  it('finds what marks a press composite', () => {
    expect(compositeWording('Reuters, according to South Korean, Ukrainian and Western sources')).toBe(
      'according to South Korean, Ukrainian and Western sources',
    );
    expect(compositeWording('Yonhap, citing anonymous South Korean military sources')).toBe(
      'citing anonymous South Korean military sources',
    );
    expect(compositeWording('A composite of three estimates')).toBe('composite');
    expect(compositeWording('Lawmaker Lee Seong-kweun, after an NIS briefing')).toBeNull();
  });

  it("finds editors' words and entry ids, but not ids inside addresses", () => {
    expect(editorWording('Claimant field set to NIS as closest')).toBe('Claimant field');
    expect(editorWording('The fact base ends in March.')).toBe('fact base');
    expect(editorWording('The NIS estimate, as its chief gave it.')).toBeNull();
    expect(editorWording('References to a “seed article” and to the "fact base" were removed.')).toBeNull();
    const ids = new Set(['nis-2024-11-20-10900-kursk']);
    expect(idsInText('Same briefing as nis-2024-11-20-10900-kursk.', ids)).toEqual(['nis-2024-11-20-10900-kursk']);
    expect(
      idsInText('See https://example.org/nis-2024-11-20-10900-kursk/ and #nis-2024-11-20-10900-kursk', ids),
    ).toEqual([]);
  });
});

describe('MDX prose', () => {
  it('reads sentences with their lines, skipping code and component props', () => {
    const body =
      'First line\ncontinues here. <Figure id="nis-still-now" /> were counted.\n\n```\nstill now\n```\n\n- A list item remains.';
    expect(proseSentences(body, 10).map(({ text, line, dateComponents }) => [text, line, dateComponents])).toEqual([
      ['First line continues here.', 10, []],
      ['<Figure> were counted.', 11, ['Figure']],
      ['A list item remains.', 17, []],
    ]);
  });

  it('takes a month and year, a full date or a date-showing component as the date a time-bound word needs', () => {
    expect(undatedTimeBoundWord('They are still in Russia.')).toBe('still');
    expect(undatedTimeBoundWord('As of February 2026 they are still in Russia.')).toBeNull();
    expect(undatedTimeBoundWord('On 14 Nov 2025, Reuters said they now clear mines.')).toBeNull();
    expect(undatedTimeBoundWord('They remain in Kursk.', ['Figure'])).toBeNull();
    expect(undatedTimeBoundWord('The counts differ.')).toBeNull();
    expect(undatedTimeBoundWord('In 2026 they are still there.')).toBe('still');
  });
});

describe('what a built page shows', () => {
  const html = `<!doctype html><html><head><title>Kursk</title><script>const id = "nis-a-b"</script></head>
    <body><main><p>Seed <em>article</em> says so.</p><p data-id="nis-a-b">Fine <a href="/x/nis-a-b/">link</a></p>
    <template><p>nis-a-b</p></template><p>Same as nis-a-b.</p></main></body></html>`;

  it('reads visible text by block, without scripts or templates', () => {
    expect(visibleText(html)).toEqual(['Kursk', 'Seed article says so.', 'Fine link', 'Same as nis-a-b.']);
  });

  it('reads tags whose attributes hold ">", and skips comments and script text that looks like markup', () => {
    const tricky = `<p title="a > b" data-x='c>d'>One &amp; two</p><!-- fact base <p>x</p> --><script type="module">const s = "<p>seed article</p>";</script><style>p::after { content: "<div>" }</style><p>Three&#160;four<br>five</p>`;
    expect(visibleText(tricky)).toEqual(['One & two', 'Three four', 'five']);
  });

  it('reports editors’ wording and ids in that text, naming the page', () => {
    expect(readerTextProblems('kursk/index.html', html, new Set(['nis-a-b']))).toEqual([
      `kursk/index.html: found "Seed article", editors' wording, in the text readers see ("Seed article says so."); expected words for readers. Find it in content/ (a note, scope, summary, context or the MDX) or in the component that writes it, and reword it or move it to editor_note.`,
      'kursk/index.html: found the entry id "nis-a-b" in the text readers see ("Same as nis-a-b."); expected words for readers: an id belongs in a link or an anchor, not in the text.',
    ]);
  });
});

describe('corrections log', () => {
  const correction = (id: string, date: string, entries: string[]) => ({
    id,
    date,
    summary: 's',
    reason: 'r',
    entries,
  });

  it('lists corrections newest first and indexes them by entry', () => {
    const log = correctionsLog([
      correction('2026-12-05-a', '2026-12-05', ['figure:x']),
      correction('2026-12-06-b', '2026-12-06', ['figure:x', 'event:y']),
    ]);
    expect(log.corrections.map(({ id }) => id)).toEqual(['2026-12-06-b', '2026-12-05-a']);
    expect(log.byEntry.get('figure:x')?.map(({ id }) => id)).toEqual(['2026-12-06-b', '2026-12-05-a']);
    expect(log.byEntry.get('event:y')?.map(({ id }) => id)).toEqual(['2026-12-06-b']);
  });

  it('writes a feed with no entries yet, dated by the data', () => {
    const xml = atomFeed({
      title: 't',
      subtitle: 's',
      self: 'https://x/c.xml',
      alternate: 'https://x/c/',
      author: 'a',
      updated: '2026-03-17',
      entries: [],
    });
    expect(xml).toContain('<updated>2026-03-17T00:00:00Z</updated>');
    expect(xml).not.toContain('<entry>');
  });
});
