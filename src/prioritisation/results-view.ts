import {
  BODY_KIND_LABELS,
  HORIZONS,
  HORIZON_LABELS,
  PRIORITIES,
  PRIORITY_LABELS,
} from './rating-scales.js';
import type { PrioritisationRound } from './entities/prioritisation-round.entity.js';
import type { ApproachResult } from './results.js';
import { priorityChart } from './charts.js';

const score = (value: number | null) => (value === null ? '–' : value.toFixed(2).replace('.', ','));

function row(result: ApproachResult) {
  return {
    ...result,
    url: `/kek/${result.fieldSlug}/${result.slug}`,
    score: score(result.all.score),
    priorityCounts: PRIORITIES.map((key) => result.all.priorities[key]),
    horizonCounts: HORIZONS.map((key) => result.all.horizons[key]),
    horizonLabel: result.all.horizon ? HORIZON_LABELS[result.all.horizon] : '–',
    committeeScore: score(result.byBody.committee.score),
    administrationScore: score(result.byBody.administration.score),
  };
}

/** The results page: overall ranking, per field, committees and administration side by side, charts. */
export function resultsModel(data: {
  round: PrioritisationRound;
  results: ApproachResult[];
  participants: number;
}) {
  const fields = [
    ...new Map(data.results.map((result) => [result.fieldSlug, result.fieldTitle])).entries(),
  ];
  return {
    pageTitle: `Ergebnisse: ${data.round.title}`,
    round: data.round,
    participants: data.participants,
    priorityLabels: PRIORITIES.map((key) => PRIORITY_LABELS[key]),
    horizonLabels: HORIZONS.map((key) => HORIZON_LABELS[key]),
    bodyLabels: BODY_KIND_LABELS,
    overall: data.results.map(row),
    overallChart: priorityChart(
      data.results,
      'diagramm-gesamt',
      `Verteilung der Prioritäten aller ${data.results.length} Handlungsansätze`,
    ),
    fields: fields.map(([slug, title]) => {
      const inField = data.results
        .filter((result) => result.fieldSlug === slug)
        .sort((left, right) => (left.fieldRank ?? Infinity) - (right.fieldRank ?? Infinity));
      return {
        slug,
        title,
        rows: inField.map(row),
        chart: priorityChart(
          inField.map((result) => ({ ...result, rank: result.fieldRank })),
          `diagramm-${slug}`,
          `Verteilung der Prioritäten im Handlungsfeld „${title}“`,
        ),
      };
    }),
  };
}

/** An approach's result in the latest published round, for its page. */
export function approachResultModel(data: {
  round: PrioritisationRound;
  result: ApproachResult;
  total: number;
}) {
  const { result } = data;
  return {
    round: data.round,
    rank: result.rank,
    total: data.total,
    fieldRank: result.fieldRank,
    score: score(result.all.score),
    priorities: PRIORITIES.map((key) => ({
      label: PRIORITY_LABELS[key],
      count: result.all.priorities[key],
    })),
    horizons: HORIZONS.map((key) => ({
      label: HORIZON_LABELS[key],
      count: result.all.horizons[key],
    })),
    horizonLabel: result.all.horizon ? HORIZON_LABELS[result.all.horizon] : '–',
    committeeRank: result.byBody.committee.rank,
    administrationRank: result.byBody.administration.rank,
  };
}
