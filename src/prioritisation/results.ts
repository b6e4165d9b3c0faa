import {
  type BodyKind,
  HORIZONS,
  type Horizon,
  PRIORITIES,
  PRIORITY_POINTS,
  type Priority,
} from './rating-scales.js';

export interface SubmittedRating {
  approachId: number;
  bodyKind: BodyKind;
  priority: Priority | null;
  horizon: Horizon | null;
}

export interface ApproachRef {
  id: number;
  title: string;
  slug: string;
  fieldSlug: string;
  fieldTitle: string;
}

export interface Tally {
  priorities: Record<Priority, number>;
  horizons: Record<Horizon, number>;
  /** Ratings with a priority other than "keine Angabe". */
  rated: number;
  /** Mean points (hoch 3, mittel 2, niedrig 1) of the rated; null when nobody rated. */
  score: number | null;
  /** The horizon named most often; on a tie the earlier one. */
  horizon: Horizon | null;
}

export interface ApproachResult extends ApproachRef {
  all: Tally;
  byBody: Record<BodyKind, Tally & { rank: number | null }>;
  rank: number | null;
  fieldRank: number | null;
}

function tally(ratings: SubmittedRating[]): Tally {
  const priorities = Object.fromEntries(PRIORITIES.map((key) => [key, 0])) as Record<
    Priority,
    number
  >;
  const horizons = Object.fromEntries(HORIZONS.map((key) => [key, 0])) as Record<Horizon, number>;
  let points = 0;
  for (const rating of ratings) {
    priorities[rating.priority ?? 'none'] += 1;
    if (rating.horizon) horizons[rating.horizon] += 1;
    if (rating.priority && rating.priority !== 'none') points += PRIORITY_POINTS[rating.priority];
  }
  const rated = ratings.length - priorities.none;
  const best = Math.max(...HORIZONS.map((key) => horizons[key]));
  return {
    priorities,
    horizons,
    rated,
    score: rated ? Math.round((points / rated) * 100) / 100 : null,
    horizon: best > 0 ? (HORIZONS.find((key) => horizons[key] === best) ?? null) : null,
  };
}

/**
 * Ranks by mean points, then by the number of "hoch", then by title; competition ranking
 * (1, 2, 2, 4) for equal score and "hoch". Approaches nobody rated get no rank.
 */
function ranks(entries: { key: number; title: string; tally: Tally }[]): Map<number, number> {
  const ranked = entries
    .filter((entry) => entry.tally.score !== null)
    .sort(
      (left, right) =>
        right.tally.score! - left.tally.score! ||
        right.tally.priorities.high - left.tally.priorities.high ||
        left.title.localeCompare(right.title, 'de'),
    );
  const result = new Map<number, number>();
  ranked.forEach((entry, index) => {
    const previous = ranked[index - 1];
    const tied =
      previous &&
      previous.tally.score === entry.tally.score &&
      previous.tally.priorities.high === entry.tally.priorities.high;
    result.set(entry.key, tied ? result.get(previous.key)! : index + 1);
  });
  return result;
}

/** The results of a round: per approach, overall, per field and per body. */
export function computeResults(
  approaches: ApproachRef[],
  ratings: SubmittedRating[],
): ApproachResult[] {
  const byApproach = new Map<number, SubmittedRating[]>();
  for (const rating of ratings) {
    byApproach.set(rating.approachId, [...(byApproach.get(rating.approachId) ?? []), rating]);
  }
  const tallies = approaches.map((approach) => {
    const own = byApproach.get(approach.id) ?? [];
    return {
      approach,
      all: tally(own),
      committee: tally(own.filter((rating) => rating.bodyKind === 'committee')),
      administration: tally(own.filter((rating) => rating.bodyKind === 'administration')),
    };
  });
  const overall = ranks(
    tallies.map((entry) => ({
      key: entry.approach.id,
      title: entry.approach.title,
      tally: entry.all,
    })),
  );
  const committee = ranks(
    tallies.map((entry) => ({
      key: entry.approach.id,
      title: entry.approach.title,
      tally: entry.committee,
    })),
  );
  const administration = ranks(
    tallies.map((entry) => ({
      key: entry.approach.id,
      title: entry.approach.title,
      tally: entry.administration,
    })),
  );
  const fieldRanks = new Map<number, number>();
  for (const fieldSlug of new Set(approaches.map((approach) => approach.fieldSlug))) {
    const inField = tallies.filter((entry) => entry.approach.fieldSlug === fieldSlug);
    for (const [key, rank] of ranks(
      inField.map((entry) => ({
        key: entry.approach.id,
        title: entry.approach.title,
        tally: entry.all,
      })),
    )) {
      fieldRanks.set(key, rank);
    }
  }
  return tallies
    .map((entry) => ({
      ...entry.approach,
      all: entry.all,
      byBody: {
        committee: { ...entry.committee, rank: committee.get(entry.approach.id) ?? null },
        administration: {
          ...entry.administration,
          rank: administration.get(entry.approach.id) ?? null,
        },
      },
      rank: overall.get(entry.approach.id) ?? null,
      fieldRank: fieldRanks.get(entry.approach.id) ?? null,
    }))
    .sort(
      (left, right) =>
        (left.rank ?? Infinity) - (right.rank ?? Infinity) ||
        left.title.localeCompare(right.title, 'de'),
    );
}
