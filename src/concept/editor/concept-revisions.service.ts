import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { diffWords } from 'diff';
import { type EntityManager, In, Not, type ObjectLiteral, Repository } from 'typeorm';
import type { SessionUser } from '../../common/auth/roles.js';
import { DomainError } from '../../common/errors/domain.error.js';
import { ConceptRevision, type RevisionAction } from '../entities/concept-revision.entity.js';
import { type Snapshot, displayValue, snapshotOf } from './concept-form.js';
import type { ConceptKind, KindKey } from './concept-kinds.js';
import { ContentChanges } from '../../common/page-cache/content-changes.js';

export class RevisionNotFoundError extends DomainError {
  constructor() {
    super('revision_not_found', 404, 'Diese Fassung gibt es nicht.');
  }
}

export interface DiffPart {
  text: string;
  added: boolean;
  removed: boolean;
  /** A deletion and an insertion that meet without a space get one, so their words stay apart. */
  spaced: boolean;
}

function diffParts(before: string, after: string): DiffPart[] {
  const parts = diffWords(before, after);
  return parts.map((part, index) => {
    const previous = parts[index - 1];
    const meetsOtherChange =
      previous !== undefined &&
      ((part.added && previous.removed) || (part.removed && previous.added));
    return {
      text: part.value,
      added: Boolean(part.added),
      removed: Boolean(part.removed),
      spaced: meetsOtherChange && !/\s$/.test(previous.value) && !/^\s/.test(part.value),
    };
  });
}

/** The versions of concept items: each change stores the fields afterwards; diffs compare neighbours. */
type LatestRevision = Pick<ConceptRevision, 'id' | 'action' | 'createdAt'>;

@Injectable()
export class ConceptRevisionsService {
  /** The latest revision of each item, by `kind:id`, until content changes. */
  private readonly latest: () => Promise<Map<string, LatestRevision>>;

  constructor(
    @InjectRepository(ConceptRevision) private readonly revisions: Repository<ConceptRevision>,
    changes: ContentChanges,
  ) {
    this.latest = changes.remember(() => this.readLatest());
  }

  /**
   * Stores a new version of the item. Before an item's first change the state it had until then
   * (as imported) becomes version 1, so it can always be restored.
   */
  async record(
    manager: EntityManager,
    actor: SessionUser,
    kind: ConceptKind,
    item: ObjectLiteral & { id: number },
    change: { action: RevisionAction; before?: Snapshot; changedFields?: string[] },
  ): Promise<ConceptRevision> {
    const where = { kind: kind.key, entityId: item.id };
    let version = await manager.count(ConceptRevision, { where });
    if (version === 0 && change.before) {
      await manager.insert(ConceptRevision, {
        ...where,
        version: 1,
        action: 'baseline',
        snapshot: change.before,
        authorName: 'Ausgangsfassung',
      });
      version = 1;
    }
    return manager.save(
      manager.create(ConceptRevision, {
        ...where,
        version: version + 1,
        action: change.action,
        snapshot: snapshotOf(kind, item),
        changedFields: change.changedFields ?? [],
        author: { id: actor.id },
        authorName: actor.displayName,
      }),
    );
  }

  history(kind: ConceptKind, id: number): Promise<ConceptRevision[]> {
    return this.revisions.find({
      where: { kind: kind.key, entityId: id },
      order: { version: 'DESC' },
    });
  }

  /** The changes (not the baselines) of several items of one kind, newest first. */
  changesOf(kind: ConceptKind, ids: number[]): Promise<ConceptRevision[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.revisions.find({
      where: { kind: kind.key, entityId: In(ids), action: Not('baseline') },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  async find(kind: ConceptKind, id: number, version: number): Promise<ConceptRevision> {
    const revision = await this.revisions.findOneBy({ kind: kind.key, entityId: id, version });
    if (!revision) throw new RevisionNotFoundError();
    return revision;
  }

  /** Each field of a version against the version before it, word by word. */
  async diff(kind: ConceptKind, id: number, version: number) {
    const revision = await this.find(kind, id, version);
    const previous =
      version > 1
        ? await this.revisions.findOneBy({ kind: kind.key, entityId: id, version: version - 1 })
        : null;
    return {
      revision,
      previous,
      fields: kind.fields.map((field) => {
        const before = displayValue(previous?.snapshot[field.name]);
        const after = displayValue(revision.snapshot[field.name]);
        return {
          label: field.label,
          changed: before !== after,
          parts: diffParts(before, after),
        };
      }),
    };
  }

  /** The latest changes (not the baselines), newest first, for the dashboard. */
  recent(limit: number): Promise<ConceptRevision[]> {
    return this.revisions.find({
      where: { action: Not('baseline') },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  /** When any of the items was last changed in the back office. */
  async lastChange(items: { kind: KindKey; ids: number[] }[]): Promise<Date | null> {
    const wanted = items.filter((entry) => entry.ids.length > 0);
    if (wanted.length === 0) return null;
    const byItem = await this.latest();
    const latest = wanted
      .flatMap((entry) => entry.ids.map((id) => byItem.get(`${entry.kind}:${id}`)))
      .reduce<LatestRevision | undefined>(
        (found, revision) =>
          revision &&
          (!found ||
            revision.createdAt > found.createdAt ||
            (revision.createdAt.getTime() === found.createdAt.getTime() && revision.id > found.id))
            ? revision
            : found,
        undefined,
      );
    return latest && latest.action !== 'baseline' ? latest.createdAt : null;
  }

  private async readLatest(): Promise<Map<string, LatestRevision>> {
    const rows = await this.revisions.query<
      (LatestRevision & { kind: string; entity_id: number })[]
    >(
      `SELECT DISTINCT ON (kind, entity_id) kind, entity_id, id, action, created_at AS "createdAt"
       FROM concept_revision ORDER BY kind, entity_id, created_at DESC, id DESC`,
    );
    return new Map(
      rows.map(({ kind, entity_id, ...revision }) => [`${kind}:${entity_id}`, revision]),
    );
  }
}
