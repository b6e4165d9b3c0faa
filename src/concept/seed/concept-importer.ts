import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Approach } from '../entities/approach.entity.js';
import { Concept } from '../entities/concept.entity.js';
import { CrossCuttingTheme } from '../entities/cross-cutting-theme.entity.js';
import { FieldOfAction } from '../entities/field-of-action.entity.js';
import { Measure } from '../entities/measure.entity.js';
import { ProjectExample } from '../entities/project-example.entity.js';
import { Region } from '../entities/region.entity.js';
import { RegionalFocus } from '../entities/regional-focus.entity.js';
import { StrategicGoal } from '../entities/strategic-goal.entity.js';
import { SubGoal } from '../entities/sub-goal.entity.js';
import { SwotItem, type SwotKind } from '../entities/swot-item.entity.js';
import type {
  ApproachSeed,
  ConceptSeed,
  FieldOfActionSeed,
  StrategicGoalSeed,
  SubGoalSeed,
  SwotSeed,
} from './concept-seed.types.js';

const SWOT_KEYS: Record<keyof SwotSeed, SwotKind> = {
  strengths: 'strength',
  weaknesses: 'weakness',
  opportunities: 'opportunity',
  threats: 'threat',
};

export interface ImportSummary {
  fields: number;
  approaches: number;
}

/**
 * Loads the curated concept into the database. It only adds what is missing — a top-level item
 * (theme, region, field) that already exists is left alone with everything under it — so running
 * it again changes nothing and never overwrites an editor's later changes.
 */
export class ConceptImporter {
  private themeIds = new Map<string, number>();
  private regionIds = new Map<string, number>();
  private summary: ImportSummary = { fields: 0, approaches: 0 };

  constructor(private readonly manager: EntityManager) {}

  async import(seed: ConceptSeed): Promise<ImportSummary> {
    if ((await this.manager.count(Concept)) === 0) {
      const { title, subtitle, adoptedOn, introduction } = seed;
      await this.manager.insert(Concept, { title, subtitle, adoptedOn, introduction });
    }
    for (const [position, theme] of seed.crossCuttingThemes.entries()) {
      this.themeIds.set(theme.slug, await this.ensure(CrossCuttingTheme, { ...theme, position }));
    }
    for (const [position, region] of seed.regions.entries()) {
      this.regionIds.set(region.slug, await this.ensure(Region, { ...region, position }));
    }
    for (const [position, field] of seed.fields.entries()) {
      const existing = await this.manager.findOneBy(FieldOfAction, { slug: field.slug });
      if (!existing) await this.insertField(field, position);
    }
    return this.summary;
  }

  private async ensure(
    entity: typeof CrossCuttingTheme | typeof Region,
    values: { slug: string; title: string; position: number; body?: string },
  ): Promise<number> {
    const existing = await this.manager.findOneBy(entity, { slug: values.slug });
    return existing ? existing.id : this.insertOne(entity, values);
  }

  private async insertField(seed: FieldOfActionSeed, position: number): Promise<void> {
    const { slug, numeral, title, topics } = seed;
    const fieldId = await this.insertOne(FieldOfAction, { slug, numeral, title, topics, position });
    const field = { id: fieldId };
    const swotItems = (Object.keys(SWOT_KEYS) as (keyof SwotSeed)[]).flatMap((key) =>
      seed.swot[key].map((text, index) => ({ field, kind: SWOT_KEYS[key], text, position: index })),
    );
    if (swotItems.length > 0) await this.manager.insert(SwotItem, swotItems);
    const focus = seed.regionalFocus.map((entry, index) => ({
      field,
      region: { id: this.requireRegion(entry.region) },
      body: entry.body,
      position: index,
    }));
    if (focus.length > 0) await this.manager.insert(RegionalFocus, focus);
    for (const [index, goal] of seed.goals.entries()) await this.insertGoal(goal, fieldId, index);
    this.summary.fields += 1;
  }

  private async insertGoal(seed: StrategicGoalSeed, fieldId: number, position: number) {
    const { slug, title } = seed;
    const goalId = await this.insertOne(StrategicGoal, {
      field: { id: fieldId },
      slug,
      title,
      position,
    });
    for (const [index, subGoal] of seed.subGoals.entries()) {
      await this.insertSubGoal(subGoal, goalId, index);
    }
  }

  private async insertSubGoal(seed: SubGoalSeed, goalId: number, position: number) {
    const { slug, title, legalBases, footnotes } = seed;
    const subGoalId = await this.insertOne(SubGoal, {
      goal: { id: goalId },
      slug,
      title,
      legalBases,
      footnotes,
      position,
    });
    for (const [index, approach] of seed.approaches.entries()) {
      await this.insertApproach(approach, subGoalId, index);
    }
  }

  private async insertApproach(seed: ApproachSeed, subGoalId: number, position: number) {
    const approachId = await this.insertOne(Approach, {
      subGoal: { id: subGoalId },
      slug: seed.slug,
      title: seed.title,
      position,
    });
    const approach = { id: approachId };
    const measures = await this.manager.insert(
      Measure,
      seed.measures.map((measure, index) => ({ approach, text: measure.text, position: index })),
    );
    const projects = seed.measures.flatMap((measure, measureIndex) =>
      measure.projects.map((project, index) => ({
        measure: { id: (measures.identifiers[measureIndex] as { id: number }).id },
        kind: project.kind,
        title: project.title,
        url: project.url ?? null,
        position: index,
      })),
    );
    if (projects.length > 0) await this.manager.insert(ProjectExample, projects);
    if (seed.themes.length > 0) {
      await this.manager
        .createQueryBuilder()
        .relation(Approach, 'themes')
        .of(approachId)
        .add(seed.themes.map((slug) => this.requireTheme(slug)));
    }
    this.summary.approaches += 1;
  }

  private async insertOne(
    entity: EntityTarget<ObjectLiteral>,
    values: ObjectLiteral,
  ): Promise<number> {
    const result = await this.manager.insert(entity, values);
    return (result.identifiers[0] as { id: number }).id;
  }

  private requireTheme(slug: string): number {
    const id = this.themeIds.get(slug);
    if (id === undefined)
      throw new Error(`Unknown cross-cutting theme "${slug}" in the concept seed`);
    return id;
  }

  private requireRegion(slug: string): number {
    const id = this.regionIds.get(slug);
    if (id === undefined) throw new Error(`Unknown region "${slug}" in the concept seed`);
    return id;
  }
}
