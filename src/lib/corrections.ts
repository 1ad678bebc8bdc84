/**
 * The corrections log as plain data: corrections newest first, indexed by the entries they
 * touched ("figure:nis-2025-01-13-killed"), and where each is anchored on /corrections/.
 */
import type { Correction, CorrectedKind } from '../schemas/correction';
import { compareDates } from './dates';

export type CorrectionEntry = Correction & { id: string };

/** The anchor of a correction on /corrections/. */
export const correctionAnchor = (id: string) => `correction-${id}`;

/** Site path of a correction: `corrections#correction-<id>`. */
export const correctionPath = (id: string) => `corrections#${correctionAnchor(id)}`;

export interface CorrectionsLog {
  /** Newest first (ties by id). */
  corrections: CorrectionEntry[];
  /** The corrections that touched each entry, newest first, by "kind:id" ("figure:nis-2025-01-13-killed"). */
  byEntry: Map<string, CorrectionEntry[]>;
}

/** Orders the corrections newest first and indexes them by the entries they touched. */
export function correctionsLog(list: CorrectionEntry[]): CorrectionsLog {
  const corrections = [...list].sort((a, b) => compareDates(b.date, a.date) || a.id.localeCompare(b.id));
  const byEntry = new Map<string, CorrectionEntry[]>();
  for (const correction of corrections) {
    for (const entry of new Set(correction.entries)) byEntry.set(entry, [...(byEntry.get(entry) ?? []), correction]);
  }
  return { corrections, byEntry };
}

/** The corrections that touched one entry, newest first (none when it was never corrected). */
export function correctionsOf(log: CorrectionsLog, kind: CorrectedKind, id: string): CorrectionEntry[] {
  return log.byEntry.get(`${kind}:${id}`) ?? [];
}
