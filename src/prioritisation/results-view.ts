import { BODY_KIND_LABELS, HORIZONS, PRIORITIES } from './rating-scales.js';
import type { PrioritisationRound } from './entities/prioritisation-round.entity.js';
import type { ApproachResult } from './results.js';
import { priorityChart } from './charts.js';
import type { RoundScale } from './round-scale.js';

const score = (value: number | null) => (value === null ? '–' : value.toFixed(2).replace('.', ','));

function row(result: ApproachResult, horizons: RoundScale['horizons']) {
  return {
    ...result,
    url: `/kek/${result.fieldSlug}/${result.slug}`,
    score: score(result.all.score),
    priorityCounts: PRIORITIES.map((key) => result.all.priorities[key]),
    horizonCounts: HORIZONS.map((key) => result.all.horizons[key]),
    horizonLabel: result.all.horizon ? horizons[result.all.horizon] : '–',
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
  const { priorities, horizons } = data.round.scale;
  const fields = [
    ...new Map(data.results.map((result) => [result.fieldSlug, result.fieldTitle])).entries(),
  ];
  return {
    pageTitle: `Ergebnisse: ${data.round.title}`,
    round: data.round,
    participants: data.participants,
    priorities,
    priorityLabels: PRIORITIES.map((key) => priorities[key]),
    horizonLabels: HORIZONS.map((key) => horizons[key]),
    bodyLabels: BODY_KIND_LABELS,
    overall: data.results.map((result) => row(result, horizons)),
    overallChart: priorityChart(
      data.results,
      priorities,
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
        rows: inField.map((result) => row(result, horizons)),
        chart: priorityChart(
          inField.map((result) => ({ ...result, rank: result.fieldRank })),
          priorities,
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
  const { priorities, horizons } = data.round.scale;
  return {
    round: data.round,
    rank: result.rank,
    total: data.total,
    fieldRank: result.fieldRank,
    score: score(result.all.score),
    priorities: PRIORITIES.map((key) => ({
      label: priorities[key],
      count: result.all.priorities[key],
    })),
    horizons: HORIZONS.map((key) => ({
      label: horizons[key],
      count: result.all.horizons[key],
    })),
    horizonLabel: result.all.horizon ? horizons[result.all.horizon] : '–',
    committeeRank: result.byBody.committee.rank,
    administrationRank: result.byBody.administration.rank,
  };
}
