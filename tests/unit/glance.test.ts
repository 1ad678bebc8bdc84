/** "At a glance": which estimate answers each question, per claimant. */
import { describe, expect, it } from 'vitest';
import { latestByClaimant, type GlanceCandidate } from '../../src/lib/glance';

function figure(overrides: Partial<GlanceCandidate> & Pick<GlanceCandidate, 'id'>): GlanceCandidate {
  return {
    metric: 'killed',
    claimant: 'nis',
    reported: '2025-01-13',
    as_of: '2025-01-13',
    hasNumber: true,
    tally: 'total',
    ...overrides,
  };
}

describe('latestByClaimant', () => {
  it('keeps one estimate per claimant, the one made public last, newest claimant first', () => {
    const chosen = latestByClaimant(
      [
        figure({ id: 'nis-jan', reported: '2025-01-13' }),
        figure({ id: 'nis-sep', reported: '2025-09-02' }),
        figure({ id: 'nis-apr', reported: '2025-04-30' }),
        figure({ id: 'zelensky', claimant: 'zelensky', reported: '2025-01-21' }),
      ],
      'killed',
    );
    expect(chosen.map((f) => f.id)).toEqual(['nis-sep', 'zelensky']);
  });

  it('orders a month-only date by its last day, so it is not taken for older than a day in that month', () => {
    const chosen = latestByClaimant(
      [figure({ id: 'day', reported: '2025-01-13' }), figure({ id: 'month', reported: '2025-01' })],
      'killed',
    );
    expect(chosen.map((f) => f.id)).toEqual(['month']);
  });

  it('never answers with a plan, a composite, an entry without claimant or number, or a partial count', () => {
    const chosen = latestByClaimant(
      [
        figure({ id: 'whole', reported: '2025-01-01' }),
        figure({ id: 'plan', reported: '2025-06-01', plan: true }),
        figure({ id: 'composite', reported: '2025-06-01', composite: true }),
        figure({ id: 'share', reported: '2025-06-01', hasNumber: false }),
        figure({ id: 'battle', reported: '2025-06-01', tally: 'part' }),
        figure({ id: 'press', reported: '2025-06-01', claimant: null }),
      ],
      'killed',
    );
    expect(chosen.map((f) => f.id)).toEqual(['whole']);
  });

  it('tells troops sent from troops present at a date', () => {
    const figures = [
      figure({ id: 'sent', metric: 'troops_deployed', reported: '2025-04-30' }),
      figure({ id: 'there', metric: 'troops_deployed', reported: '2026-02-12', tally: 'presence' }),
    ];
    expect(latestByClaimant(figures, 'sent').map((f) => f.id)).toEqual(['sent']);
    expect(latestByClaimant(figures, 'present').map((f) => f.id)).toEqual(['there']);
  });
});
