import { describe, expect, it } from 'vitest';
import {
  bibliographyPath,
  compareInitials,
  initialLabel,
  publisherAnchor,
  publisherInitial,
} from '../../src/lib/bibliography';

describe('bibliography pages', () => {
  it('files a publisher under its initial, accents folded, digits and other scripts together', () => {
    expect(publisherInitial('Kyiv Independent')).toBe('k');
    expect(publisherInitial('  reuters')).toBe('r');
    expect(publisherInitial('Élysée')).toBe('e');
    expect(publisherInitial('112.ua')).toBe('0-9');
    expect(publisherInitial('Известия')).toBe('other');
    expect(publisherInitial('연합뉴스')).toBe('other');
  });

  it('orders digits first, then A to Z, then other scripts', () => {
    expect(['other', 'k', '0-9', 'a'].sort(compareInitials)).toEqual(['0-9', 'a', 'k', 'other']);
  });

  it('labels and places each initial', () => {
    expect(initialLabel('k')).toBe('K');
    expect(initialLabel('0-9')).toBe('0–9');
    expect(initialLabel('other')).toBe('Other');
    expect(bibliographyPath('k')).toBe('sources/k');
  });

  it('gives each publisher an anchor made of its name', () => {
    expect(publisherAnchor('KBS World (citing Yonhap)')).toBe('publisher-kbs-world-citing-yonhap');
    expect(publisherAnchor('Le Monde.fr')).toBe('publisher-le-monde-fr');
    expect(publisherAnchor('Известия')).toBe('publisher-unnamed');
  });
});
