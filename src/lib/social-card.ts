/**
 * Open Graph cards (1200 × 630) as SVG, rendered to PNG at build time by @resvg/resvg-js with
 * the Noto Sans files the project ships (no system fonts, no network). SVG has no line
 * wrapping, so titles are wrapped here by an estimate of Noto Sans's glyph widths that errs wide.
 */
import { escapeMarkup } from './html-entities';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_FONT = 'Noto Sans';

/** The card's colours: the site's dark theme (tokens.css), which reads well as a thumbnail. */
const COLOURS = { bg: '#15171b', text: '#e8e9ec', muted: '#a9aeb8', accent: '#f29b9b', rule: '#454a54' };

export interface CardFigure {
  /** "about 15,000" or "1,000–3,000", as the claimant worded it. */
  amount: string;
  /** "troops deployed". */
  label: string;
  /** "South Korea’s National Intelligence Service (NIS), as of 30 April 2025". */
  claim: string;
}

export interface CardInput {
  /** Small line above the title: the site name, or the section. */
  kicker: string;
  title: string;
  /** Shown when there is no figure. */
  description: string;
  figure?: CardFigure | undefined;
  /** The page's address without the scheme, at the foot. */
  address: string;
}

/** Average advance widths of Noto Sans in em, rounded up: narrow, wide and the rest. */
function charWidth(char: string, bold: boolean): number {
  if (/[ilj.,:;'’!|I]/.test(char)) return 0.3;
  if (/[mwMW@]/.test(char)) return bold ? 0.95 : 0.9;
  if (/[A-Z0-9]/.test(char)) return bold ? 0.7 : 0.65;
  if (char === ' ') return 0.27;
  return bold ? 0.62 : 0.57;
}

/** The text's estimated width in pixels at a font size. */
export function textWidth(text: string, size: number, bold = false): number {
  return [...text].reduce((sum, char) => sum + charWidth(char, bold), 0) * size;
}

/**
 * Greedy word wrap to `maxWidth`. Returns null when the text needs more than `maxLines` lines,
 * so the caller can try a smaller size; a single word wider than a line gets a line of its own.
 */
export function wrapText(
  text: string,
  size: number,
  maxWidth: number,
  maxLines: number,
  bold = false,
): string[] | null {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length <= maxLines ? lines : null;
}

/** The largest of `sizes` at which the text fits in `maxLines`; the smallest size, cut with an ellipsis, otherwise. */
export function fitText(
  text: string,
  sizes: readonly number[],
  maxWidth: number,
  maxLines: number,
  bold = false,
): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrapText(text, size, maxWidth, maxLines, bold);
    if (lines) return { size, lines };
  }
  const size = sizes.at(-1)!;
  const words = text.split(/\s+/);
  for (let count = words.length - 1; count > 0; count -= 1) {
    const lines = wrapText(`${words.slice(0, count).join(' ')} …`, size, maxWidth, maxLines, bold);
    if (lines) return { size, lines };
  }
  return { size, lines: [text] };
}

const MARGIN = 80;
const WIDTH = CARD_WIDTH - 2 * MARGIN;

function textBlock(lines: string[], x: number, y: number, size: number, style: string): string {
  const lineHeight = Math.round(size * 1.2);
  return lines
    .map(
      (line, index) =>
        `<text x="${x}" y="${y + index * lineHeight}" font-size="${size}" ${style}>${escapeMarkup(line)}</text>`,
    )
    .join('');
}

/** The card as an SVG document. */
export function cardSvg(card: CardInput): string {
  const parts: string[] = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.bg}"/>`,
    `<rect width="16" height="${CARD_HEIGHT}" fill="${COLOURS.accent}"/>`,
    textBlock([card.kicker], MARGIN, 110, 30, `fill="${COLOURS.muted}"`),
  ];
  const title = fitText(card.title, card.figure ? [64, 56, 48] : [72, 64, 56, 48], WIDTH, card.figure ? 2 : 3, true);
  parts.push(textBlock(title.lines, MARGIN, 190, title.size, `font-weight="700" fill="${COLOURS.text}"`));
  let y = 190 + title.lines.length * Math.round(title.size * 1.2) + 30;
  if (card.figure) {
    const amount = fitText(card.figure.amount, [88, 72, 60], WIDTH, 1, true);
    y += amount.size - 20;
    parts.push(textBlock(amount.lines, MARGIN, y, amount.size, `font-weight="700" fill="${COLOURS.accent}"`));
    const label = fitText(card.figure.label, [36, 30], WIDTH, 1);
    y += 56;
    parts.push(textBlock(label.lines, MARGIN, y, label.size, `fill="${COLOURS.text}"`));
    const claim = fitText(card.figure.claim, [30, 26], WIDTH, 2);
    parts.push(textBlock(claim.lines, MARGIN, y + 46, claim.size, `fill="${COLOURS.muted}"`));
  } else {
    const description = fitText(card.description, [34, 30], WIDTH, 3);
    parts.push(textBlock(description.lines, MARGIN, y + 20, description.size, `fill="${COLOURS.muted}"`));
  }
  parts.push(`<rect x="${MARGIN}" y="${CARD_HEIGHT - 90}" width="${WIDTH}" height="2" fill="${COLOURS.rule}"/>`);
  parts.push(textBlock([card.address], MARGIN, CARD_HEIGHT - 45, 26, `fill="${COLOURS.muted}"`));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${CARD_FONT}">${parts.join('')}</svg>`;
}
