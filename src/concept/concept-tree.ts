import type { Approach } from './entities/approach.entity.js';
import type { CrossCuttingTheme } from './entities/cross-cutting-theme.entity.js';
import type { FieldOfAction } from './entities/field-of-action.entity.js';
import type { Measure } from './entities/measure.entity.js';
import { isActive } from './entities/retirement.embedded.js';

export interface ApproachLink {
  id: number;
  slug: string;
  title: string;
  fieldSlug: string;
  fieldTitle: string;
}

/**
 * The whole concept, retired items included, as read once: fields → goals → sub-goals →
 * approaches in the document's order, and each approach's page data (its place in the tree,
 * measures with projects, themes) by slug. Readers get copies, as pages decorate what they get.
 */
export interface ConceptTree {
  fields: FieldOfAction[];
  approachesBySlug: Map<string, Approach>;
  /**
   * Every approach in the document's order, and those of them that are not retired (nor anything
   * above them): made once here, not on each page view, and shared, so read-only.
   */
  links: { all: readonly Readonly<ApproachLink>[]; active: readonly Readonly<ApproachLink>[] };
}

export function conceptTree(
  fields: FieldOfAction[],
  measures: Measure[],
  themes: CrossCuttingTheme[],
): ConceptTree {
  const approachesBySlug = new Map<string, Approach>();
  const links: (ApproachLink & { active: boolean })[] = [];
  const measuresByApproach = new Map<number, Measure[]>();
  for (const { approach, ...measure } of measures) {
    measuresByApproach.set(approach.id, [
      ...(measuresByApproach.get(approach.id) ?? []),
      measure as Measure,
    ]);
  }
  const themesWithIds = themes.map(({ approaches, ...theme }) => ({
    theme: theme as CrossCuttingTheme,
    approachIds: new Set(approaches.map((approach) => approach.id)),
  }));
  for (const field of fields) {
    const { goals, ...fieldColumns } = field;
    for (const goal of goals) {
      const { subGoals, ...goalColumns } = goal;
      for (const subGoal of subGoals) {
        const { approaches, ...subGoalColumns } = subGoal;
        for (const approach of approaches) {
          approachesBySlug.set(approach.slug, {
            ...approach,
            subGoal: { ...subGoalColumns, goal: { ...goalColumns, field: fieldColumns } },
            measures: measuresByApproach.get(approach.id) ?? [],
            themes: themesWithIds
              .filter(({ approachIds }) => approachIds.has(approach.id))
              .map(({ theme }) => theme),
          } as Approach);
          links.push({
            id: approach.id,
            slug: approach.slug,
            title: approach.title,
            fieldSlug: field.slug,
            fieldTitle: field.title,
            active: [approach, subGoal, goal, field].every(isActive),
          });
        }
      }
    }
  }
  const all = links.map(({ active: _, ...link }) => link);
  return {
    fields,
    approachesBySlug,
    links: { all, active: all.filter((_, index) => links[index].active) },
  };
}
