import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConceptModule } from '../concept/concept.module.js';
import { ParticipationModule } from '../participation/participation.module.js';
import { CommentJobs } from './comment-jobs.js';
import { CommentNotifications } from './comment-notifications.service.js';
import { CommentsPersonalData } from './comments-personal-data.provider.js';
import { CommentsController } from './comments.controller.js';
import { CommentsService } from './comments.service.js';
import { ApproachSubscription } from './entities/approach-subscription.entity.js';
import { AuthorNotificationOptOut } from './entities/author-notification-optout.entity.js';
import { CommentReport } from './entities/comment-report.entity.js';
import { CommentSupport } from './entities/comment-support.entity.js';
import { Comment } from './entities/comment.entity.js';
import { ModerationNotice } from './entities/moderation-notice.entity.js';
import { OfficialAnswer } from './entities/official-answer.entity.js';
import { EvaluationAdminController } from './evaluation-admin.controller.js';
import { EvaluationService } from './evaluation.service.js';
import { ModerationAdminController } from './moderation-admin.controller.js';
import { ModerationService } from './moderation.service.js';
import { DemoForumSeeder } from './seed/demo-forum.seeder.js';
import { SubscriptionsService } from './subscriptions.service.js';

@Module({
  imports: [
    ConceptModule,
    ParticipationModule,
    TypeOrmModule.forFeature([
      Comment,
      OfficialAnswer,
      CommentSupport,
      CommentReport,
      ApproachSubscription,
      AuthorNotificationOptOut,
      ModerationNotice,
    ]),
  ],
  controllers: [CommentsController, ModerationAdminController, EvaluationAdminController],
  providers: [
    CommentsService,
    ModerationService,
    CommentNotifications,
    SubscriptionsService,
    EvaluationService,
    CommentJobs,
    CommentsPersonalData,
    DemoForumSeeder,
  ],
  exports: [CommentsService, SubscriptionsService],
})
export class CommentsModule {}
