/**
 * Which Open Graph card each page uses. Cards are few and fixed in number whatever the size of
 * the site: one per top-level explainer (title, and the page's headline figure: the first figure
 * it cites that has a number) and one default card for every other page. Pages in an
 * explainer's subfolder share their section's card.
 */
import { pageRefs } from '../lib/mdx-refs';
import { formatAmount } from '../lib/numbers';
import { normaliseBase } from '../lib/paths';
import type { CardFigure } from '../lib/social-card';
import { getSiteData, type SiteData } from './entries';
import { figureWords, METRIC_LABELS } from './present';

export const SITE_NAME = 'North Korea’s troops in Russia';
export const DEFAULT_CARD = 'site';

export interface SocialCard {
  /** File name under /og/, without `.png`. */
  name: string;
  /** Site path of the page it belongs to ("" for home). */
  path: string;
  title: string;
  description: string;
  figure?: CardFigure | undefined;
  /** Alternative text for og:image:alt. */
  alt: string;
}

function headlineFigure(body: string, data: SiteData): CardFigure | undefined {
  for (const ref of pageRefs(body).citing) {
    if (ref.component !== 'Figure' || !ref.props.id) continue;
    const figure = data.figures.get(ref.props.id);
    if (!figure || figure.plan || formatAmount(figure) === null) continue;
    const words = figureWords(figure, data);
    const unit = figure.unit === 'people' ? '' : ` ${figure.unit}`;
    return {
      amount: words.amount!,
      label: `${figure.metric === 'other' ? figure.scope : `${METRIC_LABELS[figure.metric]}${unit}`}`,
      // Who and as of when; the page itself says via whom, which would crowd the card.
      claim: `${words.claimant}, as of ${words.asOf}`,
    };
  }
  return undefined;
}

let cached: Promise<Map<string, SocialCard>> | undefined;

/** Every card, by name. */
export function getSocialCards(): Promise<Map<string, SocialCard>> {
  cached ??= getSiteData().then((data) => {
    const home = data.explainers.find((entry) => entry.id === 'index');
    if (!home) throw new Error('content/explainers/index.mdx is missing; the home page and the default card need it');
    const cards: SocialCard[] = [
      {
        name: DEFAULT_CARD,
        path: '',
        title: SITE_NAME,
        description: home.data.description,
        alt: `${SITE_NAME}: ${home.data.description}`,
      },
    ];
    for (const entry of data.explainers.filter((explainer) => !explainer.id.includes('/'))) {
      const figure = headlineFigure(entry.body ?? '', data);
      const title = entry.data.title;
      cards.push({
        name: entry.id === 'index' ? 'home' : entry.id,
        path: entry.id === 'index' ? '' : entry.id,
        title,
        description: entry.data.description,
        figure,
        alt: figure
          ? `${title}: ${figure.amount} ${figure.label} (${figure.claim})`
          : `${title}: ${entry.data.description}`,
      });
    }
    return new Map(cards.map((card) => [card.name, card]));
  });
  return cached;
}

/** The card for a page, from its URL path (with the base path). */
export async function cardForPath(pathname: string, base: string): Promise<SocialCard> {
  const cards = await getSocialCards();
  const prefix = normaliseBase(base);
  const path = (pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname).replace(/^\/+|\/+$/g, '');
  const section = path.split('/')[0] ?? '';
  const card = path === '' ? cards.get('home') : section !== DEFAULT_CARD ? cards.get(section) : undefined;
  return card ?? cards.get(DEFAULT_CARD)!;
}
