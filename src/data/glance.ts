/**
 * The "at a glance" summaries' data: for each question, the latest estimate of each claimant
 * (src/lib/glance.ts chooses), worded short, and where every estimate of it is listed.
 */
import { GLANCE_QUESTIONS, latestByClaimant, type GlanceQuestion } from '../lib/glance';
import { anchors } from '../lib/paths';
import { amountSpan } from '../lib/numbers';
import type { Figure } from '../schemas/figure';
import type { SiteData, WithId } from './entries';
import { figureMonth, figureWords } from './present';
import { tallyOf } from './tallies';

/** Where every estimate answering a question is listed: a page and its section. */
export const GLANCE_TABLES: Record<GlanceQuestion, string> = {
  sent: 'deployment#how-many-soldiers-and-when',
  present: 'deployment#how-many-soldiers-and-when',
  killed: 'casualties#killed',
  wounded: 'casualties#wounded',
  killed_or_wounded: 'casualties#killed-or-wounded',
  captured: 'casualties#missing-and-captured',
  area: 'kursk#the-incursion-and-russias-counteroffensive',
};

export interface GlanceEstimate {
  figure: WithId<Figure>;
  /** "about 2,000". */
  amount: string;
  /** "NIS". */
  short: string;
  /** The claimant's full name, for the link's title. */
  claimant: string;
  /** "Sep 2025". */
  month: string;
  /** Where the estimate is told in full: its entry on the claimant's page. */
  at: string;
}

export interface GlanceAnswer {
  question: GlanceQuestion;
  label: string;
  estimates: GlanceEstimate[];
  /** How many estimates of the question's metrics there are in all (the table lists them). */
  total: number;
  more: string;
}

/** How many claimants a summary names per question; the table behind the link lists the rest. */
export const GLANCE_CLAIMANTS = 3;

export function glanceAnswer(question: GlanceQuestion, data: SiteData, limit = GLANCE_CLAIMANTS): GlanceAnswer {
  const { label, metrics } = GLANCE_QUESTIONS[question];
  const ofMetric = data.figuresByReported.filter((figure) => (metrics as readonly string[]).includes(figure.metric));
  const candidates = ofMetric.map((figure) => ({
    ...figure,
    hasNumber: amountSpan(figure) !== null,
    tally: tallyOf(figure.id, data).tally,
  }));
  const estimates = latestByClaimant(candidates, question)
    .slice(0, limit)
    .map((candidate): GlanceEstimate => {
      const figure = data.figures.get(candidate.id)!;
      const words = figureWords(figure, data);
      return {
        figure,
        amount: words.amount!,
        short: words.short,
        claimant: words.claimant,
        month: figureMonth(figure, true),
        at: `actors/${figure.claimant}#${anchors.figure(figure.id)}`,
      };
    });
  return { question, label, estimates, total: ofMetric.length, more: GLANCE_TABLES[question] };
}
