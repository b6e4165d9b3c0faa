import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import type { SessionUser } from '../auth/roles.js';
import { AuditLogEntry } from './audit-log-entry.entity.js';

export interface AuditEvent {
  action: string;
  summary: string;
  subjectType: string;
  subjectId: string;
  subjectLabel?: string;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditLogService {
  constructor(
    @InjectRepository(AuditLogEntry) private readonly entries: Repository<AuditLogEntry>,
  ) {}

  /** Records an event; pass the manager of the transaction that makes the change. */
  async record(actor: SessionUser, event: AuditEvent, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditLogEntry) : this.entries;
    await repository.insert({
      actorId: actor.id,
      actorName: actor.displayName,
      action: event.action,
      summary: event.summary,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      subjectLabel: event.subjectLabel ?? null,
      details: (event.details ?? {}) as never,
    });
  }

  async list(options: { page: number; pageSize: number; subjectType?: string }) {
    const [entries, total] = await this.entries.findAndCount({
      where: options.subjectType ? { subjectType: options.subjectType } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (options.page - 1) * options.pageSize,
      take: options.pageSize,
    });
    return { entries, total };
  }
}
