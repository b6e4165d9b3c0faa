import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '../common/errors/domain.error.js';
import { ConceptService } from '../concept/concept.service.js';
import { ApproachSubscription } from './entities/approach-subscription.entity.js';

export class UnknownApproachError extends DomainError {
  constructor() {
    super('approach_not_found', 404, 'Diesen Handlungsansatz gibt es nicht (mehr).');
  }
}

/** Who follows which approach (daily digest of new published comments). */
@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectRepository(ApproachSubscription)
    private readonly subscriptions: Repository<ApproachSubscription>,
    private readonly concept: ConceptService,
  ) {}

  async subscribe(userId: string, approachId: number): Promise<void> {
    if (!(await this.concept.approachLink(approachId))) throw new UnknownApproachError();
    await this.subscriptions
      .createQueryBuilder()
      .insert()
      .values({ userId, approachId })
      .orIgnore()
      .execute();
  }

  async unsubscribe(userId: string, approachId: number): Promise<void> {
    await this.subscriptions.delete({ userId, approachId });
  }
}
