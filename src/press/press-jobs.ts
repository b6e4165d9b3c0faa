import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../database/job-queue.service.js';
import { PUBLISH_DUE_JOB, PressAdminService } from './press-admin.service.js';

/** Scheduled articles go public on time: a job at their publish date, and a sweep every 5 minutes. */
@Injectable()
export class PressJobs implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly press: PressAdminService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(PUBLISH_DUE_JOB, async () => {
      await this.press.publishDue();
    });
    await this.jobs.schedule(PUBLISH_DUE_JOB, '*/5 * * * *');
  }
}
