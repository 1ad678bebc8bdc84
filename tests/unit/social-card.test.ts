/** Open Graph cards: text fitting, the SVG they are drawn from, and rendering with the shipped fonts. */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_FONT, CARD_HEIGHT, CARD_WIDTH, cardSvg, fitText, textWidth, wrapText } from '../../src/lib/social-card';

describe('text fitting', () => {
  it('wraps words into lines no wider than asked, or reports that they do not fit', () => {
    const lines = wrapText('The casualties: every estimate by claimant and date', 64, 700, 3, true)!;
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 64, true)).toBeLessThanOrEqual(700);
    expect(wrapText('a b c d e f g h', 64, 10, 2)).toBeNull();
  });

  it('shrinks before it cuts, and cuts with an ellipsis', () => {
    expect(fitText('Short title', [72, 48], 1040, 1).size).toBe(72);
    const long = 'word '.repeat(80).trim();
    const fitted = fitText(long, [72, 48], 1040, 2);
    expect(fitted.size).toBe(48);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]!.endsWith('…')).toBe(true);
  });
});

describe('cardSvg', () => {
  const svg = cardSvg({
    kicker: 'North Korea’s troops in Russia',
    title: 'The casualties <and> why they differ',
    description: 'unused with a figure',
    figure: { amount: 'about 2,000', label: 'killed', claim: 'NIS, as of 2 September 2025' },
    address: 'example.org/casualties/',
  });

  it('is a 1200 × 630 SVG with the title, the figure and its claim, escaped', () => {
    expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`);
    expect(svg).toContain('&lt;and&gt;');
    expect(svg).toContain('>about 2,000<');
    expect(svg).toContain('>NIS, as of 2 September 2025<');
    expect(svg).not.toContain('unused with a figure');
  });

  it('renders to a PNG with the fonts shipped in node_modules, no system fonts', () => {
    const require = createRequire(join(process.cwd(), 'package.json'));
    const fontFiles = ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf'].map((file) =>
      require.resolve(`@expo-google-fonts/noto-sans/${file}`),
    );
    const withFonts = new Resvg(svg, {
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CARD_FONT },
    }).render();
    expect(withFonts.width).toBe(CARD_WIDTH);
    expect(withFonts.height).toBe(CARD_HEIGHT);
    const png = withFonts.asPng();
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // Without fonts the text is not drawn at all, so the PNG is much smaller: the text really rendered.
    const noFonts = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
    expect(png.length).toBeGreaterThan(noFonts.length * 1.5);
  });
});
