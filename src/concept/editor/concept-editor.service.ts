import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import { AuditLogService } from '../../common/audit/audit-log.service.js';
import type { SessionUser } from '../../common/auth/roles.js';
import { DomainError } from '../../common/errors/domain.error.js';
import { FormValidationError } from '../../common/forms/form-validation.error.js';
import { parseDatabaseId } from '../../common/params/database-id.js';
import { shortSlug } from '../../common/text/slugify.js';
import type { RevisionAction } from '../entities/concept-revision.entity.js';
import { changedFields, parseConceptForm, snapshotOf } from './concept-form.js';
import { CONCEPT_KINDS, type ConceptKind, kindBySegment } from './concept-kinds.js';
import { itemLabel } from './concept-paths.js';
import { ConceptRevisionsService } from './concept-revisions.service.js';

type Item = ObjectLiteral & { id: number; position: number };

export class ConceptItemNotFoundError extends DomainError {
  constructor() {
    super('concept_item_not_found', 404, 'Diesen Eintrag des KEK gibt es nicht.');
  }
}

/** Paths under /kek that are not fields. */
const RESERVED_FIELD_SLUGS = ['querschnittsthemen', 'teilraeume'];

const ACTION_LABELS: Record<Exclude<RevisionAction, 'baseline'>, string> = {
  created: 'angelegt',
  updated: 'geändert',
  moved: 'verschoben',
  retired: 'zurückgezogen',
  reactivated: 'wieder aufgenommen',
  restored: 'frühere Fassung wiederhergestellt',
};

/** Editors change the concept: create, edit, reorder, retire and restore its items, each versioned. */
@Injectable()
export class ConceptEditorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly revisions: ConceptRevisionsService,
    private readonly audit: AuditLogService,
  ) {}

  kind(segment: string): ConceptKind {
    const kind = kindBySegment(segment);
    if (!kind) throw new ConceptItemNotFoundError();
    return kind;
  }

  async load(
    kind: ConceptKind,
    id: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Item> {
    const item = Number.isSafeInteger(id)
      ? await manager.findOne(kind.entity, { where: { id }, relations: kind.ancestry })
      : null;
    if (!item) throw new ConceptItemNotFoundError();
    return item as Item;
  }

  /** The item's children of each child kind, in order, retired ones included (marked). */
  async children(kind: ConceptKind, id: number) {
    return Promise.all(
      kind.children.map(async (key) => {
        const childKind = CONCEPT_KINDS[key];
        const items = (await this.dataSource.manager.find(childKind.entity, {
          where: { [childKind.parent!.property]: { id } },
          relations: childKind.key === 'focus' ? { field: true } : {},
          order: { position: 'ASC', id: 'ASC' },
        })) as Item[];
        return { kind: childKind, items };
      }),
    );
  }

  /** Every possible parent for a new item of this kind, for the form's select. */
  async parentOptions(kind: ConceptKind): Promise<{ value: number; label: string }[]> {
    if (!kind.parent) return [];
    const parentKind = CONCEPT_KINDS[kind.parent.key];
    const items = (await this.dataSource.manager.find(parentKind.entity, {
      order: { id: 'ASC' },
    })) as Item[];
    return items.map((item) => ({ value: item.id, label: itemLabel(parentKind, item) }));
  }

  async create(
    actor: SessionUser,
    kind: ConceptKind,
    body: Record<string, unknown>,
  ): Promise<Item> {
    if (!kind.creatable) throw new ConceptItemNotFoundError();
    const values = parseConceptForm(kind, body);
    const parentId = parseDatabaseId(body.parentId);
    if (
      kind.parent &&
      (parentId === null ||
        !(await this.dataSource.manager.existsBy(CONCEPT_KINDS[kind.parent.key].entity, {
          id: parentId,
        })))
    ) {
      throw new FormValidationError({ parentId: `Bitte wählen Sie, wo der Eintrag hingehört.` });
    }
    const item = await this.dataSource.transaction(async (manager) => {
      const parent = kind.parent ? { [kind.parent.property]: { id: parentId } } : {};
      const last = (await manager.findOne(kind.entity, {
        where: parent,
        order: { position: 'DESC' },
      })) as Item | null;
      const created = (await manager.save(
        manager.create(kind.entity, {
          ...values,
          ...parent,
          ...(kind.hasSlug
            ? { slug: await this.uniqueSlug(manager, kind, String(values.title)) }
            : {}),
          position: last ? last.position + 1 : 0,
        }),
      )) as Item;
      await this.revisions.record(manager, actor, kind, created, {
        action: 'created',
        changedFields: kind.fields.map((field) => field.name),
      });
      return created;
    });
    await this.log(actor, kind, item, 'created');
    return item;
  }

  async update(
    actor: SessionUser,
    kind: ConceptKind,
    id: number,
    body: Record<string, unknown>,
  ): Promise<void> {
    const values = parseConceptForm(kind, body);
    await this.change(actor, kind, id, 'updated', (item) => Object.assign(item, values));
  }

  /** Brings an earlier version back as a new version. */
  async restore(actor: SessionUser, kind: ConceptKind, id: number, version: number): Promise<void> {
    const revision = await this.revisions.find(kind, id, version);
    await this.change(actor, kind, id, 'restored', (item) =>
      Object.assign(
        item,
        Object.fromEntries(
          kind.fields.map((field) => [field.name, revision.snapshot[field.name] ?? null]),
        ),
      ),
    );
  }

  async retire(actor: SessionUser, kind: ConceptKind, id: number, note: string): Promise<void> {
    if (!kind.retirable) throw new ConceptItemNotFoundError();
    if (note.length > 2000)
      throw new FormValidationError({
        note: 'Der Hinweis darf höchstens 2.000 Zeichen lang sein.',
      });
    await this.change(actor, kind, id, 'retired', (item) =>
      Object.assign(item, { retirement: { at: new Date(), note: note || null } }),
    );
  }

  async reactivate(actor: SessionUser, kind: ConceptKind, id: number): Promise<void> {
    if (!kind.retirable) throw new ConceptItemNotFoundError();
    await this.change(actor, kind, id, 'reactivated', (item) =>
      Object.assign(item, { retirement: { at: null, note: null } }),
    );
  }

  /** Swaps the item with its neighbour among its siblings. */
  async move(
    actor: SessionUser,
    kind: ConceptKind,
    id: number,
    direction: 'up' | 'down',
  ): Promise<void> {
    const moved = await this.dataSource.transaction(async (manager) => {
      const item = await this.load(kind, id, manager);
      const parent = kind.parent
        ? { [kind.parent.property]: { id: (item[kind.parent.property] as Item).id } }
        : {};
      // Locked in the order of their ids, which no move changes: locking in position order
      // deadlocked when a move committed between two others' reads and swapped two positions.
      const siblings = (
        (await manager.find(kind.entity, {
          where: parent,
          order: { id: 'ASC' },
          lock: { mode: 'pessimistic_write' },
        })) as Item[]
      ).sort((a, b) => a.position - b.position || a.id - b.id);
      const index = siblings.findIndex((sibling) => sibling.id === id);
      const target = index + (direction === 'up' ? -1 : 1);
      if (target < 0 || target >= siblings.length) return null;
      [siblings[index], siblings[target]] = [siblings[target], siblings[index]];
      for (const [position, sibling] of siblings.entries()) {
        if (sibling.position !== position)
          await manager.update(kind.entity, { id: sibling.id }, { position });
      }
      await this.revisions.record(manager, actor, kind, item, {
        action: 'moved',
        before: snapshotOf(kind, item),
      });
      return item;
    });
    if (moved) await this.log(actor, kind, moved, 'moved');
  }

  private async change(
    actor: SessionUser,
    kind: ConceptKind,
    id: number,
    action: Exclude<RevisionAction, 'baseline' | 'created' | 'moved'>,
    apply: (item: Item) => void,
  ): Promise<void> {
    const item = await this.dataSource.transaction(async (manager) => {
      await manager.findOne(kind.entity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const current = await this.load(kind, id, manager);
      const before = snapshotOf(kind, current);
      apply(current);
      const changed = changedFields(kind, before, snapshotOf(kind, current));
      if (action === 'updated' && changed.length === 0) return null;
      const saved = await manager.save(kind.entity, current);
      await this.revisions.record(manager, actor, kind, saved, {
        action,
        before,
        changedFields: changed,
      });
      return saved;
    });
    if (item) await this.log(actor, kind, item, action);
  }

  private log(
    actor: SessionUser,
    kind: ConceptKind,
    item: Item,
    action: Exclude<RevisionAction, 'baseline'>,
  ) {
    return this.audit.record(actor, {
      action: `concept.${action}`,
      summary: `${kind.singular} ${ACTION_LABELS[action]}`,
      subjectType: kind.key,
      subjectId: String(item.id),
      subjectLabel: itemLabel(kind, item),
    });
  }

  private async uniqueSlug(
    manager: EntityManager,
    kind: ConceptKind,
    title: string,
  ): Promise<string> {
    const base = shortSlug(title) || kind.segment;
    const taken = async (slug: string) =>
      (kind.key === 'field' && RESERVED_FIELD_SLUGS.includes(slug)) ||
      manager.existsBy(kind.entity, { slug });
    let slug = base;
    for (let suffix = 2; await taken(slug); suffix += 1) slug = `${base}-${suffix}`;
    return slug;
  }
}
