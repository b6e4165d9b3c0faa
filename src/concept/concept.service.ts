import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type SelectQueryBuilder } from 'typeorm';
import { ContentChanges } from '../common/page-cache/content-changes.js';
import { type ApproachLink, type ConceptTree, conceptTree } from './concept-tree.js';
import { Approach } from './entities/approach.entity.js';
import { Concept } from './entities/concept.entity.js';
import { CrossCuttingTheme } from './entities/cross-cutting-theme.entity.js';
import { FieldOfAction } from './entities/field-of-action.entity.js';
import { Measure } from './entities/measure.entity.js';
import { Region } from './entities/region.entity.js';
import { isActive } from './entities/retirement.embedded.js';
import { RegionalFocus } from './entities/regional-focus.entity.js';

export type { ApproachLink } from './concept-tree.js';

export interface Listing {
  includeRetired?: boolean;
}

/** Only the active goals, sub-goals and approaches below a field. */
function activeGoalTree<T extends Pick<FieldOfAction, 'goals'>>(field: T): T {
  return Object.assign(field, {
    goals: field.goals.filter(isActive).map((goal) =>
      Object.assign(goal, {
        subGoals: goal.subGoals
          .filter(isActive)
          .map((sub) => Object.assign(sub, { approaches: sub.approaches.filter(isActive) })),
      }),
    ),
  });
}

function activeOnly(query: SelectQueryBuilder<Approach>): SelectQueryBuilder<Approach> {
  return query.andWhere(
    'approach.retired_at IS NULL AND subGoal.retired_at IS NULL AND goal.retired_at IS NULL AND field.retired_at IS NULL',
  );
}

/**
 * Reads the concept for the public pages. The tree (fields to approaches, each approach's page
 * data) is read in one go and kept in memory until content changes.
 */
@Injectable()
export class ConceptService {
  private readonly tree: () => Promise<ConceptTree>;
  /** The approaches' pages of each tree kept (`findApproach`). */
  private readonly approachPages = new WeakMap<ConceptTree, Map<string, Approach>>();

  constructor(
    @InjectRepository(Concept) private readonly concepts: Repository<Concept>,
    @InjectRepository(FieldOfAction) private readonly fields: Repository<FieldOfAction>,
    @InjectRepository(Approach) private readonly approaches: Repository<Approach>,
    @InjectRepository(CrossCuttingTheme) private readonly themes: Repository<CrossCuttingTheme>,
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    @InjectRepository(RegionalFocus) private readonly regionalFocus: Repository<RegionalFocus>,
    @InjectRepository(Measure) private readonly measures: Repository<Measure>,
    changes: ContentChanges,
  ) {
    this.tree = changes.remember(() => this.readTree());
  }

  findConcept(): Promise<Concept | null> {
    return this.concepts.findOne({ where: {}, order: { id: 'ASC' } });
  }

  /**
   * Fields with their goals, sub-goals and approach titles: the structure of the whole concept,
   * without retired items unless asked for.
   */
  async findStructure(options: Listing = {}): Promise<FieldOfAction[]> {
    const fields = structuredClone((await this.tree()).fields);
    return options.includeRetired ? fields : fields.filter(isActive).map(activeGoalTree);
  }

  /**
   * A field with its SWOT, goal tree (from the tree in memory) and regional focus, in two
   * queries: one join multiplies rows.
   */
  async findField(slug: string): Promise<FieldOfAction | null> {
    const field = await this.fields.findOne({
      where: { slug },
      relations: { swotItems: true },
      order: { swotItems: { position: 'ASC' } },
    });
    if (!field) return null;
    const [tree, regionalFocus] = await Promise.all([
      this.tree(),
      this.regionalFocus.find({
        where: { field: { id: field.id } },
        relations: { region: true },
        order: { position: 'ASC' },
      }),
    ]);
    const goals = structuredClone(tree.fields.find((known) => known.id === field.id)?.goals ?? []);
    return Object.assign(field, { goals: activeGoalTree({ goals }).goals, regionalFocus });
  }

  /**
   * An approach (retired ones too: their page stays) with its active measures and projects, made
   * once per tree and shared by every request: read it, never change it.
   */
  async findApproach(slug: string): Promise<Readonly<Approach> | null> {
    const tree = await this.tree();
    let pages = this.approachPages.get(tree);
    if (!pages) {
      pages = new Map();
      this.approachPages.set(tree, pages);
    }
    const kept = tree.approachesBySlug.get(slug);
    if (!kept) return null;
    let page = pages.get(slug);
    if (!page) {
      page = {
        ...kept,
        measures: kept.measures
          .filter(isActive)
          .map((measure) => ({ ...measure, projects: measure.projects.filter(isActive) })),
        themes: kept.themes.filter(isActive),
      };
      pages.set(slug, page);
    }
    return page;
  }

  /** The measures' texts of each approach, in order. */
  async measuresByApproach(approachIds: number[]): Promise<Map<number, string[]>> {
    const measures = approachIds.length
      ? await this.measures.find({
          where: { approach: { id: In(approachIds) }, retirement: { at: IsNull() } },
          relations: { approach: true },
          order: { position: 'ASC' },
        })
      : [];
    const result = new Map<number, string[]>();
    for (const measure of measures) {
      result.set(measure.approach.id, [...(result.get(measure.approach.id) ?? []), measure.text]);
    }
    return result;
  }

  /** Title and URL parts of an approach, for links in mails and back-office lists. */
  async approachLink(id: number): Promise<ApproachLink | null> {
    const link = await this.approachLinks()
      .where('approach.id = :id', { id })
      .getRawOne<ApproachLink>();
    return link ?? null;
  }

  /** Whether the approach, or the sub-goal, goal or field above it, is retired. */
  async isRetired(approachId: number): Promise<boolean> {
    const active = await activeOnly(
      this.approachLinks().where('approach.id = :approachId', { approachId }),
    ).getRawOne<ApproachLink>();
    return !active;
  }

  /**
   * All approaches in the document's order, for neighbour links and lists; without those retired
   * (or under a retired goal, sub-goal or field) unless asked for.
   */
  async listApproaches(options: Listing = {}): Promise<readonly Readonly<ApproachLink>[]> {
    const { links } = await this.tree();
    return options.includeRetired ? links.all : links.active;
  }

  listThemes(options: Listing = {}): Promise<CrossCuttingTheme[]> {
    return this.themes.find({
      where: options.includeRetired ? {} : { retirement: { at: IsNull() } },
      order: { position: 'ASC' },
    });
  }

  findTheme(slug: string): Promise<CrossCuttingTheme | null> {
    return this.themes.findOne({ where: { slug } });
  }

  listApproachesOfTheme(themeId: number): Promise<ApproachLink[]> {
    return activeOnly(
      this.approachLinks().innerJoin('approach.themes', 'theme', 'theme.id = :themeId', {
        themeId,
      }),
    ).getRawMany<ApproachLink>();
  }

  private approachLinks() {
    return this.approaches
      .createQueryBuilder('approach')
      .innerJoin('approach.subGoal', 'subGoal')
      .innerJoin('subGoal.goal', 'goal')
      .innerJoin('goal.field', 'field')
      .select([
        'approach.id AS id',
        'approach.slug AS slug',
        'approach.title AS title',
        'field.slug AS "fieldSlug"',
        'field.title AS "fieldTitle"',
      ])
      .orderBy('field.position')
      .addOrderBy('goal.position')
      .addOrderBy('subGoal.position')
      .addOrderBy('approach.position');
  }

  /** The tree in three queries; rows of one join with measures, projects and themes would multiply. */
  private async readTree(): Promise<ConceptTree> {
    const [fields, measures, themes] = await Promise.all([
      this.fields.find({
        relations: { goals: { subGoals: { approaches: true } } },
        order: {
          position: 'ASC',
          goals: {
            position: 'ASC',
            subGoals: { position: 'ASC', approaches: { position: 'ASC' } },
          },
        },
      }),
      this.measures.find({
        relations: { approach: true, projects: true },
        order: { position: 'ASC', projects: { position: 'ASC' } },
      }),
      this.themes.find({ relations: { approaches: true }, order: { position: 'ASC' } }),
    ]);
    return conceptTree(fields, measures, themes);
  }

  listRegions(options: Listing = {}): Promise<Region[]> {
    return this.regions.find({
      where: options.includeRetired ? {} : { retirement: { at: IsNull() } },
      order: { position: 'ASC' },
    });
  }

  findRegion(slug: string): Promise<Region | null> {
    return this.regions.findOne({
      where: { slug },
      relations: { focus: { field: true } },
      order: { focus: { field: { position: 'ASC' } } },
    });
  }
}
