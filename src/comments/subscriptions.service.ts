import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ApproachSubscription } from './entities/approach-subscription.entity.js';

/** Who follows which approach (daily digest of new published comments). */
@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectRepository(ApproachSubscription)
    private readonly subscriptions: Repository<ApproachSubscription>,
  ) {}

  async subscribe(userId: string, approachId: number): Promise<void> {
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

  isSubscribed(userId: string, approachId: number): Promise<boolean> {
    return this.subscriptions.existsBy({ userId, approachId });
  }
}
