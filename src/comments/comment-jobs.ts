import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../database/job-queue.service.js';
import { CommentNotifications, MODERATION_NOTICE_JOB } from './comment-notifications.service.js';

export const DIGEST_JOB = 'comments.digest';

/**
 * Every minute (and whenever an item starts to wait): tell moderators about waiting items.
 * Daily at 7:00 Berlin time: the subscribers' digest.
 */
@Injectable()
export class CommentJobs implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly notifications: CommentNotifications,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(MODERATION_NOTICE_JOB, async () => {
      await this.notifications.noticeModerators();
    });
    await this.jobs.work(DIGEST_JOB, async () => {
      await this.notifications.sendDigests();
    });
    await this.jobs.schedule(MODERATION_NOTICE_JOB, '* * * * *');
    await this.jobs.schedule(DIGEST_JOB, '0 7 * * *');
  }
}
