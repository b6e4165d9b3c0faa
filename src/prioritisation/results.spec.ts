import { type ApproachRef, type SubmittedRating, computeResults } from './results.js';

const approach = (id: number, title: string, fieldSlug = 'feld-a'): ApproachRef => ({
  id,
  title,
  slug: `ansatz-${id}`,
  fieldSlug,
  fieldTitle: fieldSlug,
});
const rating = (
  approachId: number,
  priority: SubmittedRating['priority'],
  horizon: SubmittedRating['horizon'],
  bodyKind: SubmittedRating['bodyKind'] = 'committee',
): SubmittedRating => ({ approachId, priority, horizon, bodyKind });

describe('computeResults (hand-computed fixture)', () => {
  // Four delegates (three from committees, one from the administration) rate four approaches.
  const approaches = [
    approach(1, 'Breitband'),
    approach(2, 'Radwege'),
    approach(3, 'Kitas', 'feld-b'),
    approach(4, 'Ungeliebt'),
  ];
  const ratings = [
    // Breitband: hoch, hoch, mittel (committee) + hoch (administration) → (3+3+2+3)/4 = 2.75
    rating(1, 'high', 'short'),
    rating(1, 'high', 'short'),
    rating(1, 'medium', 'medium'),
    rating(1, 'high', 'medium', 'administration'),
    // Radwege: mittel, mittel, keine Angabe (committee) + hoch (administration) → (2+2+3)/3 = 2.33
    rating(2, 'medium', 'long'),
    rating(2, 'medium', 'long'),
    rating(2, 'none', null),
    rating(2, 'high', 'ongoing', 'administration'),
    // Kitas: hoch, niedrig (committee) + mittel (administration) → (3+1+2)/3 = 2.00
    rating(3, 'high', 'ongoing'),
    rating(3, 'low', 'ongoing'),
    rating(3, 'medium', 'short', 'administration'),
    // Ungeliebt: only "keine Angabe" → no score, no rank
    rating(4, 'none', null),
  ];
  const results = computeResults(approaches, ratings);
  const byTitle = Object.fromEntries(results.map((result) => [result.title, result]));

  it('counts priorities and horizons per approach', () => {
    expect(byTitle.Breitband.all.priorities).toEqual({ high: 3, medium: 1, low: 0, none: 0 });
    expect(byTitle.Breitband.all.horizons).toEqual({ short: 2, medium: 2, long: 0, ongoing: 0 });
    expect(byTitle.Radwege.all.priorities).toEqual({ high: 1, medium: 2, low: 0, none: 1 });
  });

  it('scores by mean points of the rated and ranks overall', () => {
    expect(results.map((result) => [result.title, result.all.score, result.rank])).toEqual([
      ['Breitband', 2.75, 1],
      ['Radwege', 2.33, 2],
      ['Kitas', 2, 3],
      ['Ungeliebt', null, null],
    ]);
  });

  it('names the most frequent horizon, the earlier one on a tie', () => {
    expect(byTitle.Breitband.all.horizon).toBe('short');
    expect(byTitle.Radwege.all.horizon).toBe('long');
    expect(byTitle.Kitas.all.horizon).toBe('ongoing');
    expect(byTitle.Ungeliebt.all.horizon).toBeNull();
  });

  it('ranks within each field', () => {
    expect([
      byTitle.Breitband.fieldRank,
      byTitle.Radwege.fieldRank,
      byTitle.Kitas.fieldRank,
    ]).toEqual([1, 2, 1]);
  });

  it('ranks committees and administration side by side', () => {
    // Committees: Breitband (3+3+2)/3 = 2.67, Radwege 2.00, Kitas 2.00 (one hoch beats none) → Kitas 2, Radwege 3
    expect([
      byTitle.Breitband.byBody.committee.score,
      byTitle.Radwege.byBody.committee.score,
      byTitle.Kitas.byBody.committee.score,
    ]).toEqual([2.67, 2, 2]);
    expect([
      byTitle.Breitband.byBody.committee.rank,
      byTitle.Kitas.byBody.committee.rank,
      byTitle.Radwege.byBody.committee.rank,
    ]).toEqual([1, 2, 3]);
    // Administration: Breitband 3, Radwege 3 (tie → both 1), Kitas 2 → rank 3
    expect([
      byTitle.Breitband.byBody.administration.rank,
      byTitle.Radwege.byBody.administration.rank,
      byTitle.Kitas.byBody.administration.rank,
    ]).toEqual([1, 1, 3]);
  });
});
