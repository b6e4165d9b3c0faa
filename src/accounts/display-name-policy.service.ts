import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { STAFF_ROLES } from '../common/auth/roles.js';
import { displayNameProblem } from './display-name.js';
import { User } from './entities/user.entity.js';

/** Judges a display name against the reserved names and the names of the staff as they are now. */
@Injectable()
export class DisplayNamePolicy {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** A German message when the name may not be used (by the user `userId`, if given), else null. */
  async problem(name: string, userId?: string): Promise<string | null> {
    const query = this.users
      .createQueryBuilder('user')
      .select('user.displayName', 'displayName')
      .where('user.roles && :staffRoles', { staffRoles: STAFF_ROLES });
    if (userId) query.andWhere('user.id <> :userId', { userId });
    const staff = await query.getRawMany<{ displayName: string }>();
    return displayNameProblem(
      name,
      staff.map((member) => member.displayName),
    );
  }
}
