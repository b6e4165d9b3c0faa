import { Injectable } from '@nestjs/common';
import { And, DataSource, ILike, In, IsNull, type ObjectLiteral } from 'typeorm';
import { ConceptService } from '../concept.service.js';
import { Measure } from '../entities/measure.entity.js';
import { type Retirement, isActive } from '../entities/retirement.embedded.js';
import { CONCEPT_KINDS, type ConceptKind } from './concept-kinds.js';
import { adminUrl, ancestorsOf, itemLabel } from './concept-paths.js';

type Item = ObjectLiteral & { id: number; retirement: Retirement };

export interface ConceptAdminHit {
  kind: string;
  /** "Handlungsansatz 12" as on the public page, "Maßnahme 12.3" for its third measure. */
  number: string | null;
  label: string;
  path: string;
  url: string;
  retired: boolean;
}

/** The kinds found by words, with the column that holds their words. */
const SEARCHED: { kind: ConceptKind; column: string }[] = [
  { kind: CONCEPT_KINDS.goal, column: 'title' },
  { kind: CONCEPT_KINDS.subGoal, column: 'title' },
  { kind: CONCEPT_KINDS.approach, column: 'title' },
  { kind: CONCEPT_KINDS.measure, column: 'text' },
];
const PER_KIND = 30;

const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * The search of the concept editor: "12" finds Handlungsansatz 12 (its number on the public
 * page), "12.3" its third measure; words find goals, sub-goals, approaches and measures that
 * contain all of them, retired ones included.
 */
@Injectable()
export class ConceptAdminSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly concept: ConceptService,
  ) {}

  async search(query: string): Promise<ConceptAdminHit[]> {
    const approachIds = (await this.concept.listApproaches()).map((approach) => approach.id);
    const numbered = /^(\d{1,4})(?:\.(\d{1,4}))?$/.exec(query);
    const found = numbered
      ? await this.byNumber(
          approachIds,
          Number(numbered[1]),
          numbered[2] ? Number(numbered[2]) : undefined,
        )
      : await this.byWords(query.split(/\s+/).filter(Boolean).slice(0, 10));
    const measureNumbers = await this.measureNumbers(
      found.filter((hit) => hit.kind.key === 'measure').map((hit) => hit.item),
    );
    return found.map(({ kind, item }) => {
      const ancestors = ancestorsOf(kind, item);
      const approach = kind.key === 'approach' ? item : ancestors.at(-1)?.item;
      const approachNumber = approach ? approachIds.indexOf(approach.id) + 1 : 0;
      const measureNumber = measureNumbers.get(item.id);
      return {
        kind: kind.singular,
        number:
          kind.key === 'approach' && approachNumber
            ? `Handlungsansatz ${approachNumber}`
            : kind.key === 'measure' && approachNumber && measureNumber
              ? `Maßnahme ${approachNumber}.${measureNumber}`
              : null,
        label: itemLabel(kind, item),
        path: ancestors.map((ancestor) => itemLabel(ancestor.kind, ancestor.item)).join(' › '),
        url: adminUrl(kind, item),
        retired: !isActive(item),
      };
    });
  }

  private async byNumber(approachIds: number[], approachNumber: number, measureNumber?: number) {
    const approachId = approachIds[approachNumber - 1];
    if (approachId === undefined) return [];
    if (!measureNumber) return this.load(CONCEPT_KINDS.approach, { id: approachId });
    const measures = await this.dataSource.manager.find(Measure, {
      where: { approach: { id: approachId }, retirement: { at: IsNull() } },
      order: { position: 'ASC', id: 'ASC' },
    });
    const measure = measures[measureNumber - 1];
    return measure ? this.load(CONCEPT_KINDS.measure, { id: measure.id }) : [];
  }

  private async byWords(words: string[]) {
    if (words.length === 0) return [];
    const hits = await Promise.all(
      SEARCHED.map(({ kind, column }) =>
        this.load(kind, { [column]: And(...words.map((word) => ILike(likePattern(word)))) }),
      ),
    );
    return hits.flat();
  }

  private async load(kind: ConceptKind, where: ObjectLiteral) {
    const items = (await this.dataSource.manager.find(kind.entity, {
      where,
      relations: kind.ancestry,
      order: { id: 'ASC' },
      take: PER_KIND,
    })) as Item[];
    return items.map((item) => ({ kind, item }));
  }

  /** Each measure's place among the active measures of its approach, as the public page lists them. */
  private async measureNumbers(measures: ObjectLiteral[]): Promise<Map<number, number>> {
    const approachIds = [
      ...new Set(measures.map((measure) => (measure.approach as { id: number }).id)),
    ];
    if (approachIds.length === 0) return new Map();
    const siblings = await this.dataSource.manager.find(Measure, {
      where: { approach: { id: In(approachIds) }, retirement: { at: IsNull() } },
      relations: { approach: true },
      order: { position: 'ASC', id: 'ASC' },
    });
    const numbers = new Map<number, number>();
    const counts = new Map<number, number>();
    for (const sibling of siblings) {
      const count = (counts.get(sibling.approach.id) ?? 0) + 1;
      counts.set(sibling.approach.id, count);
      numbers.set(sibling.id, count);
    }
    return numbers;
  }
}
