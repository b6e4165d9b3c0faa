import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, MoreThan, Not, Repository } from 'typeorm';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import { ParticipationPhase } from './entities/participation-phase.entity.js';

export type PhaseInput = Pick<
  ParticipationPhase,
  'title' | 'description' | 'startsAt' | 'endsAt' | 'moderationMode' | 'audience'
>;

export interface ParticipationState {
  open: ParticipationPhase | null;
  next: ParticipationPhase | null;
  last: ParticipationPhase | null;
}

export class PhaseNotFoundError extends DomainError {
  constructor() {
    super('phase_not_found', 404, 'Diese Beteiligungsphase gibt es nicht.');
  }
}

@Injectable()
export class PhasesService {
  constructor(
    @InjectRepository(ParticipationPhase) private readonly phases: Repository<ParticipationPhase>,
    private readonly audit: AuditLogService,
  ) {}

  /** The open phase (if any), the next one to open and the last one that closed. */
  async state(now = new Date()): Promise<ParticipationState> {
    const [open, next, last] = await Promise.all([
      this.phases.findOne({
        where: { startsAt: LessThanOrEqual(now), endsAt: MoreThan(now) },
        order: { startsAt: 'ASC' },
      }),
      this.phases.findOne({ where: { startsAt: MoreThan(now) }, order: { startsAt: 'ASC' } }),
      this.phases.findOne({ where: { endsAt: LessThanOrEqual(now) }, order: { endsAt: 'DESC' } }),
    ]);
    return { open, next, last };
  }

  list(): Promise<ParticipationPhase[]> {
    return this.phases.find({ order: { startsAt: 'DESC' } });
  }

  async find(id: number): Promise<ParticipationPhase> {
    const phase = await this.phases.findOneBy({ id });
    if (!phase) throw new PhaseNotFoundError();
    return phase;
  }

  async save(actor: SessionUser, input: PhaseInput, id?: number): Promise<ParticipationPhase> {
    if (input.endsAt <= input.startsAt) {
      throw new FormValidationError({ endsAt: 'Das Ende muss nach dem Beginn liegen.' });
    }
    // Only one phase may be open at a time, so every comment belongs to exactly one phase.
    const overlapping = await this.phases.findOne({
      where: {
        startsAt: LessThanOrEqual(input.endsAt),
        endsAt: MoreThan(input.startsAt),
        ...(id ? { id: Not(id) } : {}),
      },
    });
    if (overlapping) {
      throw new FormValidationError({
        startsAt: `Der Zeitraum überschneidet sich mit der Phase „${overlapping.title}“.`,
      });
    }
    const phase = id ? Object.assign(await this.find(id), input) : this.phases.create(input);
    const saved = await this.phases.save(phase);
    await this.audit.record(actor, {
      action: id ? 'phase.updated' : 'phase.created',
      summary: id ? 'Beteiligungsphase geändert' : 'Beteiligungsphase angelegt',
      subjectType: 'participation_phase',
      subjectId: String(saved.id),
      subjectLabel: saved.title,
    });
    return saved;
  }
}
