import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, ILike, Repository } from 'typeorm';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import { ROLES, ROLE_LABELS, type Role, type SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { endSessionsOf } from '../common/session/end-sessions.js';
import { AccountGoneError } from './accounts.service.js';
import { User } from './entities/user.entity.js';

const PAGE_SIZE = 50;

/** Finding users, assigning roles and locking accounts; every change goes to the audit log. */
@Injectable()
export class UsersAdminService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  async search(query: string, page: number) {
    const term = query.trim();
    const where = term
      ? [{ email: ILike(`%${escapeLike(term)}%`) }, { displayName: ILike(`%${escapeLike(term)}%`) }]
      : {};
    const [users, total] = await this.users.findAndCount({
      where,
      order: { createdAt: 'DESC' },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    });
    return { users, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
  }

  async find(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new AccountGoneError();
    return user;
  }

  async setRoles(actor: SessionUser, id: string, requested: Role[]): Promise<void> {
    const roles = ROLES.filter((role) => role === 'citizen' || requested.includes(role));
    if (actor.id === id && !roles.includes('admin')) {
      throw new DomainError(
        'own_admin_role',
        409,
        'Sie können sich die Administrationsrolle nicht selbst entziehen.',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw new AccountGoneError();
      const added = roles.filter((role) => !user.roles.includes(role));
      const removed = user.roles.filter((role) => !roles.includes(role));
      if (added.length === 0 && removed.length === 0) return;
      await manager.update(User, { id }, { roles });
      await this.audit.record(
        actor,
        {
          action: 'roles.changed',
          summary: `Rollen geändert: ${[
            ...added.map((role) => `+ ${ROLE_LABELS[role]}`),
            ...removed.map((role) => `− ${ROLE_LABELS[role]}`),
          ].join(', ')}`,
          subjectType: 'user',
          subjectId: id,
          subjectLabel: user.displayName,
          details: { added, removed },
        },
        manager,
      );
    });
  }

  async setLocked(actor: SessionUser, id: string, locked: boolean): Promise<void> {
    if (actor.id === id) {
      throw new DomainError('own_lock', 409, 'Sie können Ihr eigenes Konto nicht sperren.');
    }
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { id });
      if (!user) throw new AccountGoneError();
      await manager.update(User, { id }, { lockedAt: locked ? new Date() : null });
      if (locked) {
        await endSessionsOf(manager, id);
      }
      await this.audit.record(
        actor,
        {
          action: locked ? 'user.locked' : 'user.unlocked',
          summary: locked ? 'Konto gesperrt' : 'Konto entsperrt',
          subjectType: 'user',
          subjectId: id,
          subjectLabel: user.displayName,
        },
        manager,
      );
    });
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
