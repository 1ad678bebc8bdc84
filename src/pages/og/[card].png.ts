/**
 * `/og/<card>.png`: the Open Graph cards, rendered from SVG with @resvg/resvg-js and the Noto
 * Sans files of @expo-google-fonts/noto-sans (no system fonts, no network). A card costs tens of
 * milliseconds to render, so rendered PNGs are kept in node_modules/.cache/og-cards/ under a
 * hash of everything that shapes them, and a rebuild with unchanged cards renders none.
 */
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getSocialCards, SITE_NAME, type SocialCard } from '../../data/social-cards';
import { joinBase } from '../../lib/paths';
import { CARD_FONT, cardSvg } from '../../lib/social-card';

export const getStaticPaths = (async () => {
  const cards = await getSocialCards();
  return [...cards.values()].map((card) => ({ params: { card: card.name }, props: { card } }));
}) satisfies GetStaticPaths;

// Resolved from the project root: the endpoint runs from a bundled chunk elsewhere.
const projectRequire = createRequire(join(process.cwd(), 'package.json'));
const FONT_FILES = ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf'].map((file) =>
  projectRequire.resolve(`@expo-google-fonts/noto-sans/${file}`),
);
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'og-cards');
const versionOf = (name: string) => (projectRequire(`${name}/package.json`) as { version: string }).version;
// Whatever changes the pixels changes the key: the renderer, the fonts and the SVG.
const RENDERER = `resvg-js@${versionOf('@resvg/resvg-js')} noto-sans@${versionOf('@expo-google-fonts/noto-sans')}`;

function render(svg: string): Buffer {
  const key = createHash('sha256')
    .update(`${RENDERER}\n${FONT_FILES.join('\n')}\n${svg}`)
    .digest('hex');
  const cached = join(CACHE_DIR, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CARD_FONT },
  })
    .render()
    .asPng();
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, png);
  return png;
}

export const GET: APIRoute<{ card: SocialCard }> = ({ props, site }) => {
  const { card } = props;
  const page = new URL(joinBase(import.meta.env.BASE_URL, card.path), site);
  const svg = cardSvg({
    kicker: card.name === 'site' || card.name === 'home' ? 'The reference explainer' : SITE_NAME,
    title: card.title,
    description: card.description,
    figure: card.figure,
    address: `${page.host}${page.pathname}`,
  });
  return new Response(new Uint8Array(render(svg)), { headers: { 'Content-Type': 'image/png' } });
};
