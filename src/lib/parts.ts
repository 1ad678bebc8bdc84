/**
 * A list longer than a page holds, split into numbered parts: the list's own page holds the first
 * `perPage` items and continues on `…/2`, `…/3`, as the timeline's long months and the
 * bibliography's long initials do. Parts fill in list order, so an item only changes page when
 * items before it are added. The glossary, the actors' index and the tables of estimates use it.
 */
import { formatNumber } from './numbers';

/** One part of a split list. */
export interface Part<T> {
  /** 1 for the list's own page, 2… for its continuations. */
  part: number;
  /** How many parts the list takes. */
  parts: number;
  /** Site path without slashes at either end: "glossary", "glossary/2". */
  path: string;
  /** The items on this part, in list order. */
  items: T[];
  /** Position of the part's first item in the whole list, from 1 (for "terms 201 to 400 of 512"). */
  first: number;
  /** How many items the whole list has. */
  total: number;
}

/** Site path of a list's page, or of a later part of it: "glossary", "glossary/2". */
export function partPath(listPath: string, part: number): string {
  return part > 1 ? `${listPath}/${part}` : listPath;
}

/** Splits `items` into parts of at most `perPage`, under `listPath`; an empty list still has its page. */
export function splitParts<T>(items: readonly T[], listPath: string, perPage: number): Part<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage is ${perPage}; expected a whole number ≥ 1`);
  const parts = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: parts }, (_, index) => ({
    part: index + 1,
    parts,
    path: partPath(listPath, index + 1),
    items: items.slice(index * perPage, (index + 1) * perPage),
    first: index * perPage + 1,
    total: items.length,
  }));
}

/** The part that holds each item, by a key of the item. */
export function partsByKey<T>(parts: readonly Part<T>[], key: (item: T) => string): Map<string, Part<T>> {
  return new Map(parts.flatMap((part) => part.items.map((item) => [key(item), part] as const)));
}

/** Which of the list's items a part holds: "201 to 400 of 1,000". */
export function partRange(part: Pick<Part<unknown>, 'first' | 'items' | 'total'>): string {
  return `${formatNumber(part.first)} to ${formatNumber(part.first + part.items.length - 1)} of ${formatNumber(part.total)}`;
}

/** How a part is named after its list's title: "Glossary", or "Glossary, part 2 of 3". */
export function partTitle(title: string, part: Pick<Part<unknown>, 'part' | 'parts'>): string {
  return part.parts > 1 ? `${title}, part ${part.part} of ${part.parts}` : title;
}
