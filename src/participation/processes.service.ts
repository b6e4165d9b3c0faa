import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { ContentChanges } from '../common/page-cache/content-changes.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import { shortSlug } from '../common/text/slugify.js';
import type { Approach } from '../concept/entities/approach.entity.js';
import type { FieldOfAction } from '../concept/entities/field-of-action.entity.js';
import { ConceptService } from '../concept/concept.service.js';
import { ParticipationProcess } from './entities/participation-process.entity.js';
import { processState } from './process-scope.js';

export type ProcessInput = Pick<
  ParticipationProcess,
  'title' | 'description' | 'startsAt' | 'endsAt' | 'moderationMode' | 'audience' | 'scope'
> & { fieldIds: number[]; approachIds: number[] };

export class ProcessNotFoundError extends DomainError {
  constructor() {
    super('process_not_found', 404, 'Dieses Beteiligungsverfahren gibt es nicht.');
  }
}

const RELATIONS = { fields: true, approaches: true } as const;

/**
 * The participation processes ("Beteiligungsverfahren"); any number may be open at once. Their
 * list is kept in memory until content changes (whether one is open is worked out on each read).
 */
@Injectable()
export class ProcessesService {
  private readonly all: () => Promise<ParticipationProcess[]>;

  constructor(
    @InjectRepository(ParticipationProcess)
    private readonly processes: Repository<ParticipationProcess>,
    private readonly concept: ConceptService,
    private readonly audit: AuditLogService,
    changes: ContentChanges,
  ) {
    this.all = changes.remember(() =>
      this.processes.find({
        relations: RELATIONS,
        order: { startsAt: 'DESC', id: 'DESC', fields: { position: 'ASC' } },
      }),
    );
  }

  /** Every process, the latest start first, with its fields and approaches. */
  async list(): Promise<ParticipationProcess[]> {
    return structuredClone(await this.all());
  }

  async open(now = new Date()): Promise<ParticipationProcess[]> {
    return (await this.list()).filter((process) => processState(process, now) === 'open').reverse();
  }

  async find(id: number): Promise<ParticipationProcess> {
    const process = await this.processes.findOne({ where: { id }, relations: RELATIONS });
    if (!process) throw new ProcessNotFoundError();
    return process;
  }

  async findBySlug(slug: string): Promise<ParticipationProcess> {
    const process = await this.processes.findOne({ where: { slug }, relations: RELATIONS });
    if (!process) throw new ProcessNotFoundError();
    return process;
  }

  /** Creates (no id) or updates a process; its address comes from the title once. */
  async save(actor: SessionUser, input: ProcessInput, id?: number): Promise<ParticipationProcess> {
    if (input.endsAt <= input.startsAt) {
      throw new FormValidationError({ endsAt: 'Das Ende muss nach dem Beginn liegen.' });
    }
    const { fields, approaches } = await this.scopeOf(input);
    const values = {
      title: input.title,
      description: input.description,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      moderationMode: input.moderationMode,
      audience: input.audience,
      scope: input.scope,
      fields,
      approaches,
    };
    const process = id
      ? Object.assign(await this.find(id), values)
      : this.processes.create({ ...values, slug: await this.uniqueSlug(input.title) });
    const saved = await this.processes.save(process).catch((error: unknown) => {
      const code =
        error instanceof QueryFailedError && (error.driverError as { code?: string }).code;
      if (code === '23505') {
        throw new FormValidationError({
          title:
            'Gerade wurde ein Verfahren mit demselben Titel angelegt. Bitte speichern Sie erneut.',
        });
      }
      throw error;
    });
    await this.audit.record(actor, {
      action: id ? 'process.updated' : 'process.created',
      summary: id ? 'Beteiligungsverfahren geändert' : 'Beteiligungsverfahren angelegt',
      subjectType: 'participation_process',
      subjectId: String(saved.id),
      subjectLabel: saved.title,
    });
    return saved;
  }

  /** Ends an open process now; its comments stay readable and waiting ones stay in moderation. */
  async close(actor: SessionUser, id: number, now = new Date()): Promise<ParticipationProcess> {
    const process = await this.find(id);
    if (processState(process, now) !== 'open') {
      throw new DomainError('process_not_open', 409, 'Dieses Verfahren ist nicht geöffnet.');
    }
    await this.processes.update({ id }, { endsAt: now });
    await this.audit.record(actor, {
      action: 'process.closed',
      summary: 'Beteiligungsverfahren beendet',
      subjectType: 'participation_process',
      subjectId: String(id),
      subjectLabel: process.title,
    });
    return { ...process, endsAt: now };
  }

  /** The chosen fields or approaches, checked against the concept; only those of the scope. */
  private async scopeOf(
    input: ProcessInput,
  ): Promise<{ fields: FieldOfAction[]; approaches: Approach[] }> {
    if (input.scope === 'fields') {
      const known = await this.concept.findStructure({ includeRetired: true });
      const fields = known.filter((field) => input.fieldIds.includes(field.id));
      if (fields.length === 0 || fields.length !== new Set(input.fieldIds).size) {
        throw new FormValidationError({
          fieldIds: 'Bitte wählen Sie mindestens ein Handlungsfeld aus der Liste.',
        });
      }
      return { fields, approaches: [] };
    }
    if (input.scope === 'approaches') {
      const known = await this.concept.listApproaches({ includeRetired: true });
      const chosen = known.filter((approach) => input.approachIds.includes(approach.id));
      if (chosen.length === 0 || chosen.length !== new Set(input.approachIds).size) {
        throw new FormValidationError({
          approachIds: 'Bitte wählen Sie mindestens einen Handlungsansatz aus der Liste.',
        });
      }
      return { fields: [], approaches: chosen.map(({ id }) => ({ id }) as Approach) };
    }
    return { fields: [], approaches: [] };
  }

  private async uniqueSlug(title: string): Promise<string> {
    const base = shortSlug(title);
    if (!base) {
      throw new FormValidationError({
        title:
          'Aus dem Titel lässt sich keine Adresse bilden: Bitte verwenden Sie Buchstaben oder Ziffern.',
      });
    }
    let slug = base;
    for (let suffix = 2; await this.processes.existsBy({ slug }); suffix += 1)
      slug = `${base}-${suffix}`;
    return slug;
  }
}
