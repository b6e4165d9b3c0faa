import { Injectable } from '@nestjs/common';
import type { ObjectLiteral } from 'typeorm';
import { ConceptService } from '../concept.service.js';
import type { ConceptRevision, RevisionAction } from '../entities/concept-revision.entity.js';
import { type Retirement, isActive } from '../entities/retirement.embedded.js';
import { formValuesOf, snapshotOf } from './concept-form.js';
import { CONCEPT_KINDS, type ConceptKind } from './concept-kinds.js';
import { adminUrl, ancestorsOf, itemLabel, publicUrl } from './concept-paths.js';
import { ConceptEditorService } from './concept-editor.service.js';
import { ConceptRevisionsService } from './concept-revisions.service.js';

const BACK_OFFICE = { title: 'Verwaltung', url: '/verwaltung' };
const OVERVIEW = { title: 'KEK bearbeiten', url: '/verwaltung/kek' };

const ACTION_LABELS: Record<RevisionAction, string> = {
  baseline: 'Ausgangsfassung',
  created: 'angelegt',
  updated: 'geändert',
  moved: 'verschoben',
  retired: 'zurückgezogen',
  reactivated: 'wieder aufgenommen',
  restored: 'frühere Fassung wiederhergestellt',
};

type Item = ObjectLiteral & { id: number; retirement?: Retirement };

function entry(kind: ConceptKind, item: Item) {
  return {
    id: item.id,
    label: itemLabel(kind, item),
    url: adminUrl(kind, item),
    retired: item.retirement ? !isActive({ retirement: item.retirement }) : false,
  };
}

function historyRow(kind: ConceptKind, item: Item, revision: ConceptRevision) {
  return {
    version: revision.version,
    action: ACTION_LABELS[revision.action],
    authorName: revision.authorName,
    createdAt: revision.createdAt,
    // The state before the first change is stored at that change: its time is when it ended.
    isBaseline: revision.action === 'baseline',
    changed: revision.changedFields
      .map((name) => kind.fields.find((field) => field.name === name)?.label)
      .filter(Boolean)
      .join(', '),
    url: `${adminUrl(kind, item)}/fassungen/${revision.version}`,
    subject: null as string | null,
  };
}

/** The view models of the concept editor's pages. */
@Injectable()
export class ConceptAdminViews {
  constructor(
    private readonly concept: ConceptService,
    private readonly editor: ConceptEditorService,
    private readonly revisions: ConceptRevisionsService,
  ) {}

  async overview() {
    const [fields, themes, regions] = await Promise.all([
      this.concept.findStructure({ includeRetired: true }),
      this.concept.listThemes({ includeRetired: true }),
      this.concept.listRegions({ includeRetired: true }),
    ]);
    return {
      pageTitle: OVERVIEW.title,
      breadcrumbs: [BACK_OFFICE],
      fields: fields.map((field) => ({
        ...entry(CONCEPT_KINDS.field, field),
        goals: field.goals.map((goal) => ({
          ...entry(CONCEPT_KINDS.goal, goal),
          subGoals: goal.subGoals.map((sub) => ({
            ...entry(CONCEPT_KINDS.subGoal, sub),
            approaches: sub.approaches.map((approach) => entry(CONCEPT_KINDS.approach, approach)),
          })),
        })),
      })),
      themes: themes.map((theme) => entry(CONCEPT_KINDS.theme, theme)),
      regions: regions.map((region) => entry(CONCEPT_KINDS.region, region)),
    };
  }

  async createForm(kind: ConceptKind, values: Record<string, string>) {
    const parentKind = kind.parent && CONCEPT_KINDS[kind.parent.key];
    return {
      pageTitle: `Neu: ${kind.singular}`,
      breadcrumbs: [BACK_OFFICE, OVERVIEW],
      kind,
      action: `/verwaltung/kek/${kind.segment}/neu`,
      parent: parentKind && {
        label: parentKind.singular,
        options: await this.editor.parentOptions(kind),
      },
      values,
    };
  }

  async item(kind: ConceptKind, id: number) {
    const item = (await this.editor.load(kind, id)) as Item;
    const [children, history] = await Promise.all([
      this.editor.children(kind, id),
      this.revisions.history(kind, id),
    ]);
    const retirement = item.retirement;
    return {
      pageTitle: `${kind.singular}: ${itemLabel(kind, item)}`,
      breadcrumbs: this.breadcrumbs(kind, item),
      kind,
      item: {
        id,
        label: itemLabel(kind, item),
        retiredAt: retirement?.at ?? null,
        note: retirement?.note ?? null,
      },
      publicUrl: publicUrl(kind, item),
      action: adminUrl(kind, item),
      values: formValuesOf(kind, snapshotOf(kind, item)),
      children: children.map((group) => ({
        kind: group.kind,
        newUrl: group.kind.creatable
          ? `/verwaltung/kek/${group.kind.segment}/neu?unter=${id}`
          : null,
        items: group.items.map((child, index) => ({
          ...entry(group.kind, child),
          first: index === 0,
          last: index === group.items.length - 1,
        })),
      })),
      history: await this.historyWithChildren(kind, item, history, children),
    };
  }

  /**
   * The item's versions and, for an approach, its measures' changes: what the approach says is
   * mostly in its measures. Newest first.
   */
  private async historyWithChildren(
    kind: ConceptKind,
    item: Item,
    own: ConceptRevision[],
    children: { kind: ConceptKind; items: Item[] }[],
  ) {
    const measures = kind.key === 'approach' ? (children[0]?.items ?? []) : [];
    const measureChanges = await this.revisions.changesOf(
      CONCEPT_KINDS.measure,
      measures.map((measure) => measure.id),
    );
    const byId = new Map(measures.map((measure) => [measure.id, measure]));
    return [
      ...own.map((revision) => historyRow(kind, item, revision)),
      ...measureChanges.map((revision) => {
        const measure = byId.get(revision.entityId)!;
        return {
          ...historyRow(CONCEPT_KINDS.measure, measure, revision),
          subject: `${CONCEPT_KINDS.measure.singular}: ${itemLabel(CONCEPT_KINDS.measure, measure)}`,
        };
      }),
    ].sort((left, right) => right.createdAt.getTime() - left.createdAt.getTime());
  }

  async retireForm(kind: ConceptKind, id: number) {
    const item = (await this.editor.load(kind, id)) as Item;
    return {
      pageTitle: `${kind.singular} zurückziehen`,
      breadcrumbs: this.breadcrumbs(kind, item, true),
      kind,
      item: { id, label: itemLabel(kind, item) },
      hasPage: kind.hasSlug && ['field', 'approach', 'theme', 'region'].includes(kind.key),
      publicUrl: publicUrl(kind, item),
      action: `${adminUrl(kind, item)}/zurueckziehen`,
      values: { note: '' },
    };
  }

  async revision(kind: ConceptKind, id: number, version: number) {
    const item = (await this.editor.load(kind, id)) as Item;
    const [diff, history] = await Promise.all([
      this.revisions.diff(kind, id, version),
      this.revisions.history(kind, id),
    ]);
    // The heading names the item as this version called it; the current name follows if it differs.
    const label = itemLabel(kind, { ...item, ...diff.revision.snapshot });
    const currentLabel = itemLabel(kind, item);
    return {
      pageTitle: `Fassung ${version}: ${label}`,
      currentLabel: label === currentLabel ? null : currentLabel,
      breadcrumbs: this.breadcrumbs(kind, item, true),
      kind,
      item: { id, label: itemLabel(kind, item), url: adminUrl(kind, item) },
      revision: {
        ...diff.revision,
        actionLabel: ACTION_LABELS[diff.revision.action],
        isBaseline: diff.revision.action === 'baseline',
      },
      previousVersion: diff.previous?.version ?? null,
      fields: diff.fields,
      isLatest: history[0]?.version === version,
      restoreAction: `${adminUrl(kind, item)}/fassungen/${version}/wiederherstellen`,
    };
  }

  /** After a move, back to the list the item stands in. */
  async backToParent(kind: ConceptKind, id: number): Promise<string> {
    const item = await this.editor.load(kind, id);
    const parent = ancestorsOf(kind, item).at(-1);
    return parent ? `${adminUrl(parent.kind, parent.item)}#${kind.segment}` : OVERVIEW.url;
  }

  private breadcrumbs(kind: ConceptKind, item: Item, withItem = false) {
    return [
      BACK_OFFICE,
      OVERVIEW,
      ...ancestorsOf(kind, item).map((ancestor) => ({
        title: `${ancestor.kind.singular}: ${itemLabel(ancestor.kind, ancestor.item)}`,
        url: adminUrl(ancestor.kind, ancestor.item),
      })),
      ...(withItem
        ? [{ title: `${kind.singular}: ${itemLabel(kind, item)}`, url: adminUrl(kind, item) }]
        : []),
    ];
  }
}
