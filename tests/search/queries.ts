/**
 * What readers type, and the page each query must bring up in its first three results. A result
 * matches when its URL (without the base and the highlight parameter) equals one of `expect`:
 * a page ("actors/kim-jong-un/") or an anchor on it ("timeline/#event-treaty-signed").
 */
export interface RelevanceCase {
  query: string;
  expect: string[];
  /** What kind of search this is, for the report. */
  kind:
    | 'topic'
    | 'name'
    | 'other script'
    | 'variant spelling'
    | 'misspelling'
    | 'number'
    | 'event'
    | 'place'
    | 'partial word'
    | 'question'
    | 'typo';
}

const FAQ = (anchor: string) => `faq/#${anchor}`;

const NIS_JANUARY_2025 = [
  'actors/south-korea-nis/#figure-nis-2025-01-13-killed',
  'actors/south-korea-nis/#figure-nis-2025-01-13-wounded',
  'actors/south-korea-nis/#figure-nis-2025-01-13-killed-wounded',
];

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Topics: the explainer on the subject comes first.
  { kind: 'topic', query: 'casualties', expect: ['casualties/'] },
  { kind: 'topic', query: 'the treaty', expect: ['treaty/'] },
  { kind: 'topic', query: 'prisoners of war', expect: ['prisoners/'] },
  { kind: 'topic', query: 'Kursk campaign', expect: ['kursk/'] },
  { kind: 'topic', query: 'deployment', expect: ['deployment/'] },
  { kind: 'topic', query: 'reactions', expect: ['reactions/'] },
  { kind: 'topic', query: 'methodology', expect: ['methodology/'] },
  { kind: 'topic', query: 'mutual assistance clause', expect: ['treaty/', 'glossary/'] },

  // Names: the actor's own page.
  { kind: 'name', query: 'Kim Jong Un', expect: ['actors/kim-jong-un/'] },
  { kind: 'name', query: 'Putin', expect: ['actors/vladimir-putin/'] },
  { kind: 'name', query: 'Budanov', expect: ['actors/kyrylo-budanov/'] },
  { kind: 'name', query: 'Lee Seong-kweun', expect: ['actors/lee-seong-kweun/'] },
  { kind: 'name', query: 'NIS', expect: ['actors/south-korea-nis/'] },
  { kind: 'name', query: 'Storm Corps', expect: ['actors/storm-corps/'] },
  { kind: 'name', query: 'Shoigu', expect: ['actors/sergei-shoigu/'] },

  // Other scripts, as the fact base gives them: the same page as the English name.
  { kind: 'other script', query: '김정은', expect: ['actors/kim-jong-un/'] },
  { kind: 'other script', query: 'Ким Чен Ын', expect: ['actors/kim-jong-un/'] },
  { kind: 'other script', query: 'Кім Чен Ин', expect: ['actors/kim-jong-un/'] },
  { kind: 'other script', query: 'Володимир Зеленський', expect: ['actors/volodymyr-zelensky/'] },
  { kind: 'other script', query: '국가정보원', expect: ['actors/south-korea-nis/'] },
  { kind: 'other script', query: '폭풍군단', expect: ['actors/storm-corps/'] },
  { kind: 'other script', query: 'Шойгу', expect: ['actors/sergei-shoigu/'] },
  { kind: 'other script', query: '쿠르스크', expect: ['kursk/'] },

  // Variant spellings listed as aliases.
  { kind: 'variant spelling', query: 'Kim Jong-un', expect: ['actors/kim-jong-un/'] },
  { kind: 'variant spelling', query: 'Zelenskyy', expect: ['actors/volodymyr-zelensky/'] },
  { kind: 'variant spelling', query: 'Selenskyj', expect: ['actors/volodymyr-zelensky/'] },
  { kind: 'variant spelling', query: 'Lee Sung-kwon', expect: ['actors/lee-seong-kweun/'] },
  { kind: 'variant spelling', query: 'Sergey Lavrov', expect: ['actors/sergei-lavrov/'] },
  { kind: 'variant spelling', query: 'Kursk Oblast', expect: ['kursk/'] },

  // Partial words: Pagefind matches the start of a word.
  { kind: 'partial word', query: 'casualt', expect: ['casualties/'] },
  { kind: 'partial word', query: 'Zelensk', expect: ['actors/volodymyr-zelensky/'] },

  // Misspellings Pagefind forgives: a word it does not know is matched by its longest known
  // beginning ("Zelenskiy" by "Zelensk…"), and English words are stemmed ("casualtys").
  { kind: 'misspelling', query: 'Zelenskiy', expect: ['actors/volodymyr-zelensky/'] },
  { kind: 'misspelling', query: 'Syrskiy', expect: ['actors/oleksandr-syrskyi/'] },
  { kind: 'misspelling', query: 'casualtys', expect: ['casualties/'] },

  // Numbers and estimates: the figure's own record, landing on its anchor.
  { kind: 'number', query: 'NIS estimate January 2025', expect: NIS_JANUARY_2025 },
  { kind: 'number', query: '300 killed', expect: ['actors/south-korea-nis/#figure-nis-2025-01-13-killed'] },
  { kind: 'number', query: '2,700 wounded', expect: ['actors/south-korea-nis/#figure-nis-2025-01-13-wounded'] },
  { kind: 'number', query: '15000 NIS', expect: ['actors/south-korea-nis/#figure-nis-2025-04-30-total-15000'] },
  { kind: 'number', query: 'Blinken 8,000', expect: ['actors/antony-blinken/#figure-blinken-2024-10-31-8000-kursk'] },

  // Events: the event's own record on the timeline.
  { kind: 'event', query: 'Belousov Pyongyang visit', expect: ['timeline/2024/11/#event-belousov-visit-pyongyang'] },
  { kind: 'event', query: 'treaty signed', expect: ['timeline/2024/06/#event-treaty-signed'] },
  { kind: 'event', query: 'Duma ratifies treaty', expect: ['timeline/2024/10/#event-duma-ratifies-treaty'] },
  { kind: 'event', query: 'Russia retake Sudzha', expect: ['timeline/2025/03/#event-sudzha-retaken-with-nk-troops'] },
  {
    kind: 'event',
    query: 'two soldiers captured Kyiv',
    expect: ['timeline/2025/01/#event-two-pows-captured-2025-01-11'],
  },

  // Places.
  { kind: 'place', query: 'Sudzha', expect: ['kursk/'] },
  { kind: 'place', query: 'Belgorod', expect: ['timeline/2024/11/#event-nk-troops-belgorod'] },
  // More topics and phrases: the explainer first.
  { kind: 'topic', query: 'comprehensive strategic partnership', expect: ['treaty/'] },
  { kind: 'topic', query: 'Treaty on Comprehensive Strategic Partnership', expect: ['treaty/'] },
  { kind: 'topic', query: 'casualty estimates', expect: ['casualties/'] },
  { kind: 'topic', query: 'North Korean prisoners', expect: ['prisoners/'] },
  { kind: 'topic', query: 'secret clause', expect: ['treaty/', 'glossary/#term-secret-clause'] },
  { kind: 'topic', query: 'Article 4', expect: ['treaty/', 'glossary/#term-article-4'] },
  { kind: 'topic', query: 'troop deployment', expect: ['deployment/'] },
  { kind: 'topic', query: 'Kursk region', expect: ['kursk/'] },

  // Questions: the FAQ answer or the explainer first.
  {
    kind: 'question',
    query: 'how many North Koreans were captured',
    expect: [FAQ('how-many-north-korean-soldiers-were-captured'), 'faq/', 'prisoners/'],
  },
  {
    kind: 'question',
    query: 'when did the treaty take effect',
    expect: ['treaty/', 'faq/', 'faq/#when-did-the-treaty-take-effect', 'glossary/#term-entry-into-force'],
  },
  {
    kind: 'question',
    query: 'how many North Korean soldiers have been killed',
    expect: [FAQ('how-many-north-korean-soldiers-have-been-killed'), 'faq/', 'casualties/'],
  },
  {
    kind: 'question',
    query: 'why do the numbers differ',
    expect: [FAQ('why-do-the-numbers-differ-so-much'), 'faq/', 'methodology/'],
  },
  {
    kind: 'question',
    query: 'did Russia retake the whole Kursk region',
    expect: [FAQ('did-russia-retake-the-whole-kursk-region'), 'faq/', 'kursk/'],
  },
  {
    kind: 'question',
    query: 'what did North Korea get in return',
    expect: [FAQ('what-did-north-korea-get-in-return'), 'faq/'],
  },
  {
    kind: 'question',
    query: 'did North Korea send weapons',
    expect: [FAQ('did-north-korea-also-send-weapons'), 'faq/', 'deployment/'],
  },
  {
    kind: 'question',
    query: 'which units were sent',
    expect: [FAQ('which-north-korean-units-were-sent'), 'faq/', 'deployment/'],
  },
  {
    kind: 'question',
    query: 'how did the world find out',
    expect: [FAQ('how-did-the-world-find-out'), 'faq/', 'deployment/'],
  },
  {
    kind: 'question',
    query: 'what will happen to the prisoners',
    expect: [FAQ('what-will-happen-to-the-prisoners'), 'faq/', 'prisoners/'],
  },
  {
    kind: 'question',
    query: 'how many soldiers did North Korea send',
    expect: [FAQ('how-many-soldiers-did-north-korea-send-to-russia'), 'faq/', 'deployment/'],
  },

  // Typos the index's vocabulary corrects ("did you mean").
  { kind: 'typo', query: 'casulties', expect: ['casualties/'] },
  { kind: 'typo', query: 'Kurks', expect: ['kursk/'] },
  { kind: 'typo', query: 'Sirsky', expect: ['actors/oleksandr-syrskyi/'] },
  { kind: 'typo', query: 'Budanow', expect: ['actors/kyrylo-budanov/'] },
  { kind: 'typo', query: 'Shoygu', expect: ['actors/sergei-shoigu/'] },
  { kind: 'typo', query: 'Lavrow', expect: ['actors/sergei-lavrov/'] },
  { kind: 'typo', query: 'Belousow', expect: ['actors/andrei-belousov/'] },
  { kind: 'typo', query: 'methodolgy', expect: ['methodology/'] },
  { kind: 'typo', query: 'prisonners of war', expect: ['prisoners/'] },
  { kind: 'typo', query: 'Zelenskyj', expect: ['actors/volodymyr-zelensky/'] },

  // Places and topic words in other scripts, from the glossary's names.
  { kind: 'other script', query: 'Курськ', expect: ['kursk/'] },
  { kind: 'other script', query: 'Курская область', expect: ['kursk/'] },
  { kind: 'other script', query: 'договір', expect: ['treaty/'] },
  { kind: 'other script', query: 'договор', expect: ['treaty/'] },
  { kind: 'other script', query: '조약', expect: ['treaty/'] },
  { kind: 'other script', query: '포로', expect: ['prisoners/'] },
  { kind: 'other script', query: '사상자', expect: ['casualties/'] },
  { kind: 'other script', query: 'втрати', expect: ['casualties/'] },
  { kind: 'other script', query: '파병', expect: ['deployment/'] },

  // More names and places.
  { kind: 'name', query: 'Syrskyi', expect: ['actors/oleksandr-syrskyi/'] },
  { kind: 'name', query: 'Lavrov', expect: ['actors/sergei-lavrov/'] },
  { kind: 'name', query: 'Kim Yong Bok', expect: ['actors/kim-yong-bok/'] },
  { kind: 'place', query: 'Kursk', expect: ['kursk/'] },
  { kind: 'place', query: 'Gornal', expect: ['kursk/', 'glossary/#term-gornal'] },
];
